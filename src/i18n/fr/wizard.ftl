# `iae recruit` on a terminal: the questions after the identity, the verdict, the confirmation.

prompt-asked = { $question } :
prompt-optional = (facultatif)
wizard-applied-after = la candidature ne peut pas être postérieure à l'embauche du { $hired }
wizard-criteria-level = niveau { $level } :
wizard-ask-criteria = Critères d'éligibilité (codes séparés par des espaces ou des virgules)
wizard-unknown-criteria = { $count ->
    [one] critère inconnu
   *[other] critères inconnus
} : { $criteria } ; tapez les codes de la liste ci-dessus
wizard-ask-diagnosis-by = Diagnostic fait par la structure (employer) ou par un prescripteur habilité (prescriber)
wizard-ask-diagnosis-by-none = Diagnostic fait par un prescripteur habilité (prescriber) ou par la structure (employer) ; rien s'il n'est pas encore fait
wizard-answer-diagnosis-by = répondez employer (la structure) ou prescriber (un prescripteur habilité)
wizard-ask-diagnosis-date = Date du diagnostic (JJ/MM/AAAA)
wizard-diagnosis-after = le diagnostic doit dater au plus tard du jour de l'embauche, le { $hired }
wizard-ask-pass = Numéro de PASS IAE (12 chiffres)
wizard-contract-kinds = Contrats de la structure :
wizard-ask-contract = Premier contrat : type (« aucun » s'il n'est pas encore signé)
wizard-contract-starts = le contrat commence le jour de l'embauche, le { $hired }
wizard-ask-contract-end = Fin du contrat : dernier jour (JJ/MM/AAAA) ou durée (6 mois, 26 semaines)
wizard-answer-contract-end = tapez le dernier jour (JJ/MM/AAAA) ou une durée (6 mois, 26 semaines)
wizard-end-before-start = le contrat finirait le { $end }, avant de commencer le { $start }
wizard-ask-weekly-hours = Heures par semaine
wizard-answer-hours = tapez un nombre d'heures, par exemple 26 ou 24,5
wizard-ask-position = Poste occupé
wizard-no-diagnosis = Pas encore de diagnostic d'éligibilité : le dossier le signalera jusqu'à ce qu'il soit enregistré (`iae eligibility record`).
wizard-criteria-fail = Les critères ne rendent pas la personne éligible : { $reason } ({ $missing ->
    [0] aucun critère de niveau 2 ne manque, mais des critères se contredisent
    [one] il manque { $missing } critère de niveau 2
   *[other] il manque { $missing } critères de niveau 2
}).
wizard-derogation-or-abandon = Enregistrer une dérogation (d) ou abandonner (a) ?
wizard-answer-derogation = répondez d (enregistrer une dérogation) ou a (abandonner)
wizard-ask-derogation = Motif de la dérogation (il est gardé dans le dossier)
wizard-confirm = Enregistrer le dossier de { $name } ?
wizard-abandoned = Recrutement abandonné : rien n'a été enregistré.

# Records dated after today (W014), at write and in `iae check`.

future-fact = { $record } porte une date à venir (aujourd'hui : { $today })
future-planned = { $record } tombe plus de { $months } mois après aujourd'hui ({ $today })
future-hint = une faute de frappe dans la date ? corrigez-la avec `amend` (par exemple `iae interview amend ID DATE --set date=…`) ou `iae edit`
future-hours = les heures de { $month } portent sur un mois qui n'a pas commencé (aujourd'hui : { $today })
future-application = la candidature du { $date }
future-hiring = l'embauche du { $date }
future-diagnosis = le diagnostic d'éligibilité du { $date }
future-proof = le justificatif daté du { $date }
future-pass-start = le début du PASS IAE le { $date }
future-contract = le début du contrat le { $date }
future-interview = l'entretien du { $date }
future-barrier-noted = le frein noté le { $date }
future-barrier-action = l'action sur un frein du { $date }
future-barrier-ended = la clôture du frein le { $date }
future-project = le projet professionnel du { $date }
future-skill = l'évaluation de compétence du { $date }
future-training = le début de la formation le { $date }
future-immersion = le début de l'immersion le { $date }
future-followup = le suivi après la sortie du { $date }
future-exit = la sortie du { $date }
