// Activation page: checks the one-time link, then sends the chosen password to POST /activation.
(function () {
  'use strict';
  var MINIMUM = 12;
  var statut = document.getElementById('statut');
  var formulaire = document.getElementById('formulaire');
  var suite = document.getElementById('suite');
  var jeton = new URLSearchParams(window.location.search).get('jeton');

  function afficher(message, genre) {
    statut.textContent = message;
    statut.className = genre;
  }

  function lire(reponse) {
    return reponse.json().catch(function () { return {}; }).then(function (corps) {
      return { ok: reponse.ok, corps: corps };
    });
  }

  if (!jeton) {
    afficher("Le lien d'activation est incomplet : ouvrez l'adresse complète reçue par e-mail.", 'erreur');
    return;
  }

  fetch('/activation/' + encodeURIComponent(jeton), { headers: { Accept: 'application/json' } })
    .then(lire)
    .then(function (resultat) {
      if (!resultat.ok) {
        afficher(resultat.corps.message || "Ce lien d'activation ne peut pas être utilisé.", 'erreur');
        return;
      }
      document.getElementById('identifiant').textContent = resultat.corps.identifiant;
      formulaire.hidden = false;
      document.getElementById('motDePasse').focus();
    })
    .catch(function () { afficher('Le serveur ne répond pas. Réessayez dans quelques instants.', 'erreur'); });

  formulaire.addEventListener('submit', function (evenement) {
    evenement.preventDefault();
    var motDePasse = document.getElementById('motDePasse').value;
    var confirmation = document.getElementById('confirmation').value;
    if (motDePasse.length < MINIMUM) {
      afficher('Le mot de passe doit compter au moins ' + MINIMUM + ' caractères.', 'erreur');
      return;
    }
    if (motDePasse !== confirmation) {
      afficher('Les deux mots de passe saisis ne sont pas identiques.', 'erreur');
      return;
    }
    fetch('/activation', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ jeton: jeton, motDePasse: motDePasse, confirmation: confirmation })
    })
      .then(lire)
      .then(function (resultat) {
        if (resultat.ok) {
          formulaire.hidden = true;
          if (resultat.corps.tasklist) {
            document.getElementById('lienTasklist').href = resultat.corps.tasklist;
          }
          suite.hidden = false;
          afficher(resultat.corps.message, 'succes');
        } else {
          afficher(resultat.corps.message || "L'activation a échoué.", 'erreur');
        }
      })
      .catch(function () { afficher('Le serveur ne répond pas. Réessayez dans quelques instants.', 'erreur'); });
  });
})();
