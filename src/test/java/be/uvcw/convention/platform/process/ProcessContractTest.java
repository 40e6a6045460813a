package be.uvcw.convention.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every variable a BPMN or a form names is declared in the {@link ProcessContract} of its process:
 * the expressions of conditions, timers, inputs/outputs, multi-instance collections, assignees and
 * listeners, the variables a start event, a loop or a call activity sets, and every key and FEEL
 * expression of the forms the process references. New files in processes/ and forms/ are found
 * without changing this test. No Spring context: the contracts and bean names are read from the
 * class path.
 */
class ProcessContractTest {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(\\s*\\()?");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  /** {@code taskActor.record(task, 'reviewedBy')} names the variable it writes as a string. */
  private static final Pattern RECORDED_VARIABLE = Pattern.compile("\\.record\\(\\s*task\\s*,\\s*'(\\w+)'\\s*\\)");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^}]*)}}");

  /** Names the engine resolves itself in expressions (not process variables). */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "decisionResult");
  private static final Set<String> ENGINE_FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  private static final Set<String> EL_KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Set<String> FEEL_KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then", "else",
      "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function", "this", "loop", "each", "with");

  private static Map<String, Map<String, ProcessContracts.Declared>> contracts;
  private static Set<String> beans;

  @BeforeAll
  static void readContractsAndBeans() {
    contracts = ProcessContracts.byProcess();
    beans = beanNames();
  }

  @Test
  void everyVariableTheDiagramsAndFormsNameIsDeclaredInTheContractOfItsProcess() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, String> formOwners = new LinkedHashMap<>();
    for (Path bpmn : files("processes", ".bpmn")) {
      checkDiagram(bpmn, problems, formOwners);
    }
    for (Path form : files("forms", ".form")) {
      String formId = form.getFileName().toString().replace(".form", "");
      String process = formOwners.get(formId);
      if (process == null) {
        problems.add(form + ": no process references this form (formRef)");
      } else {
        checkForm(form, process, problems);
      }
    }
    assertThat(problems.stream().distinct().toList()).as("variables named in processes/ and forms/ but missing from their process contract "
        + "(declare them in the @ProcessContract class of the process)").isEmpty();
  }

  @Test
  void everyProcessOfTheRepositoryHasAContractAndEveryContractAProcess() throws Exception {
    Set<String> processKeys = new TreeSet<>();
    for (Path bpmn : files("processes", ".bpmn")) {
      processKeys.addAll(processIds(parse(bpmn)));
    }
    assertThat(contracts.keySet()).as("process keys of the @ProcessContract classes").isEqualTo(processKeys);
  }

  @Test
  void theCheckFindsAnUndeclaredVariableInAnExpressionAndAFormKey() {
    Map<String, ProcessContracts.Declared> declared = contracts.get("billing-run");
    List<String> problems = new ArrayList<>();
    checkExpression("x.bpmn", "billing-run", "conditionExpression", "${decisionTypo == 'APPROVE' && chunkCount > 0}", problems);
    checkName("x.form", "billing-run", "key", "rejectionReasn", problems);
    assertThat(declared).containsKey("chunkCount");
    assertThat(problems).hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("x.bpmn", "decisionTypo == 'APPROVE'", "variable decisionTypo"))
        .noneSatisfy(p -> assertThat(p).contains("variable chunkCount"))
        .anySatisfy(p -> assertThat(p).contains("x.form", "rejectionReasn"));
  }

  private static void checkDiagram(Path bpmn, List<String> problems, Map<String, String> formOwners) throws Exception {
    Document document = parse(bpmn);
    List<String> processIds = processIds(document);
    NodeList processes = document.getElementsByTagNameNS("*", "process");
    for (int i = 0; i < processes.getLength(); i++) {
      Element process = (Element) processes.item(i);
      String key = process.getAttribute("id");
      if (!contracts.containsKey(key)) {
        problems.add(bpmn + ": process " + key + " has no @ProcessContract class");
      }
      walk(process, bpmn.toString(), key, "", problems, formOwners);
    }
    assertThat(processIds).isNotEmpty();
  }

  private static void walk(Element element, String file, String process, String calledByParent, List<String> problems,
      Map<String, String> formOwners) {
    String tag = element.getLocalName();
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      Attr attribute = (Attr) element.getAttributes().item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      String value = attribute.getValue();
      if (name.equals("delegateExpression")) {
        Matcher bean = EXPRESSION.matcher(value);
        if (!bean.matches() || !beans.contains(bean.group(1).trim())) {
          problems.add(file + ": delegateExpression " + value + " names no @Component");
        }
      } else if (name.equals("formRef")) {
        formOwners.putIfAbsent(value, process);
      } else if (name.equals("initiator") || name.equals("elementVariable")) {
        checkName(file, process, name, value, problems);
      } else {
        checkExpression(file, process, tag + "@" + name, value, problems);
      }
    }
    String called = element.hasAttribute("calledElement") ? element.getAttribute("calledElement") : calledByParent;
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element childElement) {
        String childTag = childElement.getLocalName();
        if (childTag.equals("inputParameter") || childTag.equals("outputParameter")) {
          checkName(file, process, childTag, childElement.getAttribute("name"), problems);
        } else if (childTag.equals("in") && !called.isEmpty()) {
          checkCallMapping(file, process, called, childElement, problems);
          continue;
        } else if (childTag.equals("out") && !called.isEmpty()) {
          checkCallMapping(file, called, process, childElement, problems);
          continue;
        } else if (childTag.equals("property") && childElement.getAttribute("name").endsWith("Variable")) {
          checkName(file, process, "property " + childElement.getAttribute("name"), childElement.getAttribute("value"), problems);
          continue;
        }
        walk(childElement, file, process, called, problems, formOwners);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpression(file, process, tag, child.getNodeValue(), problems);
      }
    }
  }

  /** camunda:in/out: source in the process that gives, target in the one that receives. */
  private static void checkCallMapping(String file, String from, String to, Element mapping, List<String> problems) {
    if (mapping.hasAttribute("source")) {
      checkName(file, from, "call source", mapping.getAttribute("source"), problems);
    }
    if (mapping.hasAttribute("sourceExpression")) {
      checkExpression(file, from, "call sourceExpression", mapping.getAttribute("sourceExpression"), problems);
    }
    if (mapping.hasAttribute("target")) {
      checkName(file, to, "call target", mapping.getAttribute("target"), problems);
    }
  }

  private static void checkExpression(String file, String process, String where, String text, List<String> problems) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = expression.group(1);
      Matcher recorded = RECORDED_VARIABLE.matcher(body);
      while (recorded.find()) {
        checkName(file, process, where + " " + expression.group(), recorded.group(1), problems);
      }
      for (String name : identifiers(body, EL_KEYWORDS, ENGINE_FUNCTIONS, file + ": " + expression.group(), problems)) {
        if (!ENGINE_NAMES.contains(name) && !beans.contains(name)) {
          checkName(file, process, where + " " + expression.group(), name, problems);
        }
      }
    }
  }

  private static void checkForm(Path form, String process, List<String> problems) throws IOException {
    JsonNode root = new ObjectMapper().readTree(form.toFile());
    checkFormNode(form.toString(), process, root, problems);
  }

  private static void checkFormNode(String file, String process, JsonNode node, List<String> problems) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        if ((field.getKey().equals("key") || field.getKey().equals("valuesKey")) && value.isTextual()) {
          checkName(file, process, field.getKey(), value.asText(), problems);
        } else if (value.isTextual()) {
          checkFeel(file, process, field.getKey(), value.asText(), problems);
        } else {
          checkFormNode(file, process, value, problems);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> checkFormNode(file, process, item, problems));
    }
  }

  /** A FEEL expression ("=decision != \"REJECT\"") or a text template ("{{organisationName}}"). */
  private static void checkFeel(String file, String process, String field, String text, List<String> problems) {
    List<String> expressions = new ArrayList<>();
    if (text.startsWith("=")) {
      expressions.add(text.substring(1));
    } else {
      Matcher template = TEMPLATE.matcher(text);
      while (template.find()) {
        expressions.add(template.group(1).replaceFirst("^\\s*[#/]\\s*\\w+", " "));
      }
    }
    for (String expression : expressions) {
      for (String name : identifiers(expression, FEEL_KEYWORDS, null, file + ": " + expression, problems)) {
        checkName(file, process, field + " " + expression.strip(), name, problems);
      }
    }
  }

  /** The names an expression reads: not a property after a dot, a keyword or a string. */
  private static Set<String> identifiers(String expression, Set<String> keywords, Set<String> functions, String where,
      List<String> problems) {
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
    while (identifier.find()) {
      String name = identifier.group(1);
      boolean call = identifier.group(2) != null;
      if (keywords.contains(name) || Character.isDigit(name.charAt(0))) {
        continue;
      }
      if (call) {
        if (functions != null && !functions.contains(name) && !beans.contains(name)) {
          problems.add(where + ": unknown function " + name + "()");
        }
        continue;
      }
      names.add(name);
    }
    return names;
  }

  private static void checkName(String file, String process, String where, String name, List<String> problems) {
    if (!contracts.getOrDefault(process, Map.of()).containsKey(name)) {
      problems.add(file + ": " + where + ": variable " + name + " is not declared in the contract of " + process);
    }
  }

  private static List<String> processIds(Document document) {
    List<String> ids = new ArrayList<>();
    NodeList processes = document.getElementsByTagNameNS("*", "process");
    for (int i = 0; i < processes.getLength(); i++) {
      ids.add(((Element) processes.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static Document parse(Path bpmn) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(bpmn.toFile());
  }

  private static List<Path> files(String folder, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  /** The names of every @Component (and @Service, @Controller…) as Spring would name them. */
  private static Set<String> beanNames() {
    var scanner = new ClassPathScanningCandidateComponentProvider(true);
    var registry = new SimpleBeanDefinitionRegistry();
    Set<String> names = new HashSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(ProcessContracts.BASE_PACKAGE)) {
      names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
    }
    return names;
  }
}
