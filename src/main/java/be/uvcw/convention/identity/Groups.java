package be.uvcw.convention.identity;

/** Camunda groups of the Union's people. A User's signatories are in SIGNATORIES and in their organisation's tenant. */
public final class Groups {
  /** Camunda's own administrators: Admin webapp, every tenant. */
  public static final String ADMIN = "camunda-admin";
  /** Union staff: check requests, register letters, follow every convention. */
  public static final String UNION_STAFF = "union-staff";
  /** Union management: the Secrétaire générale adjointe countersigns and decides escalations. */
  public static final String UNION_MANAGEMENT = "union-management";
  /** Finance: billing runs, invoices, fee indexation. */
  public static final String FINANCE = "finance";
  /** Maintenance team: admin rights on the Server and Tools, only after signing the Charter. */
  public static final String MAINTENANCE = "maintenance";
  /** Signatories of Users (CPAS Presidents and Secretaries, Mayors and Directors-General). */
  public static final String SIGNATORIES = "signatories";

  private Groups() {}
}
