# Messages of the commands' shared steps (missing flags, ambiguous names, editing).

missing-flags = il manque { $flags } (obligatoire hors d'un terminal)
hint-recruit-help = `iae recruit --help` liste toutes les options
hint-exit-reasons = `iae exit reasons` liste les codes de motif de sortie
name-ambiguous = { $count } salariés correspondent à « { $who } » :
name-candidate = { $id }  { $name }  { $gender ->
    [F] née
    [M] né
   *[other] né·e
} le { $birth }
hint-name-ambiguous = donnez l'identifiant, ou davantage du nom
edit-changed-meanwhile = { $path } a été modifié pendant que l'éditeur était ouvert ; rien n'a été écrasé
edit-copy-kept = votre copie modifiée est conservée dans { $copy } ; elle contient des données personnelles : supprimez-la quand vous n'en avez plus besoin
edit-invalid-unchanged = { $path } est inchangé : la copie modifiée n'est pas valide
edit-problem = erreur : { $problem }
man-written = { $count ->
    [one] { $count } page de manuel écrite dans { $dir }
   *[other] { $count } pages de manuel écrites dans { $dir }
}

# barrier
cmd-barrier-text-empty = --text est vide : dites ce qui a été fait
cmd-barrier-closed = le frein n° { $number } est { $status ->
    [resolved] levé
    [abandoned] abandonné
    [in_progress] en cours
    [identified] repéré
   *[other] { $status }
} depuis le { $since } ; rien n'a été écrit
cmd-barrier-closed-hint = `iae barrier reopen { $id } { $number }` d'abord s'il est revenu
cmd-barrier-date-before-noted = { $flag } { $date } est antérieure au repérage du frein le { $noted } ; rien n'a été écrit
cmd-barrier-action-recorded = Action enregistrée sur le frein n° { $number } de { $id }.
cmd-barrier-detail-empty = --detail est vide : dites en quoi consiste le frein
cmd-barrier-after-exit = { $id } est { $gender ->
    [F] sortie
    [M] sorti
   *[other] sorti·e
} le { $date } : aucun frein ne peut être repéré après la sortie
cmd-barrier-noted = Frein n° { $number } repéré pour { $id } ({ $category }).
cmd-barrier-unknown = { $id } n'a pas de frein n° { $number }
cmd-barrier-none-yet = ce dossier n'a encore aucun frein : `iae barrier add`
cmd-barrier-numbers = ses freins sont les n° { $numbers } ; `iae barrier list { $id }`
cmd-barrier-not-tables = les freins ne sont pas écrits en tables [[barriers]] : corrigez-les avec `iae edit`
cmd-barrier-still-open = le frein n° { $number } est toujours ouvert ({ $status ->
    [resolved] levé
    [abandoned] abandonné
    [in_progress] en cours
    [identified] repéré
   *[other] { $status }
})
cmd-barrier-reopened = Le frein n° { $number } de { $id } est rouvert.
cmd-barrier-already = le frein n° { $number } est déjà { $status ->
    [resolved] levé
    [abandoned] abandonné
    [in_progress] en cours
    [identified] repéré
   *[other] { $status }
} ; rien n'a été écrit
cmd-barrier-lifted = Frein n° { $number } de { $id } levé le { $date }.
cmd-barrier-abandoned = Frein n° { $number } de { $id } abandonné le { $date }.

# interview
cmd-interview-by-empty = --by est vide : dites qui a mené l'entretien
cmd-notes-file-unreadable = impossible de lire le fichier de notes { $file }
cmd-interview-after-exit = { $id } est { $gender ->
    [F] sortie
    [M] sorti
   *[other] sorti·e
} le { $date } : un entretien après la sortie est un entretien post-sortie (--kind post_sortie) ; rien n'a été écrit
cmd-interview-recorded = Entretien de { $id } du { $date } enregistré ({ $kind }).
cmd-cannot-read = impossible de lire { $path }
cmd-notes-not-recorded = les notes n'ont pas été enregistrées ; rien n'a été écrit
cmd-interview-overdue = En retard : un entretien était attendu au plus tard le { $due } (un tous les { $every } jours).
cmd-interview-next = Prochain entretien attendu au plus tard le { $due } (un tous les { $every } jours).

# eligibility
cmd-from-after-to = --from { $from } est postérieure à --to { $to }
cmd-no-diagnosis = { $id } n'a aucun diagnostic d'éligibilité enregistré
cmd-no-diagnosis-hint = `iae eligibility record { $id } --by employer|prescriber --date D --criteria a,b`
cmd-verdict = { $eligible ->
    [yes] Éligible
   *[no] Non éligible
} ({ $kind }, diagnostic { $by ->
    [prescriber] d'un prescripteur habilité
   *[employer] de l'employeur
} du { $on }) : { $reason }
cmd-verdict-level1 = niveau 1 : { $criteria }
cmd-verdict-level2 = niveau 2 : { $criteria } (requis : { $needed })
cmd-verdict-problem = problème : { $problem }
cmd-criteria-rule = { $kind } : éligible avec un critère de niveau 1, ou { $count ->
    [one] { $count } critère
   *[other] { $count } critères
} de niveau 2 ; un diagnostic par un prescripteur habilité n'en demande aucun.
cmd-unknown-criterion = { $count ->
    [one] critère inconnu
   *[other] critères inconnus
} : { $criteria }
cmd-criteria-are = les critères sont : { $list }
cmd-document-empty = --document est vide : nommez le justificatif
cmd-proof-no-diagnosis = { $id } n'a pas de diagnostic d'éligibilité : `iae eligibility record` d'abord
cmd-eligibility-not-table = [eligibility] n'est pas écrit comme une table : corrigez-le avec `iae edit { $id }`
cmd-proof-recorded = Justificatif du critère { $criterion } enregistré pour { $id }.
cmd-proof-not-claimed = remarque : { $criterion } ne fait pas partie des critères du diagnostic
cmd-diagnosis-recorded = Diagnostic de { $id } enregistré ({ $by ->
    [prescriber] prescripteur habilité
   *[employer] employeur
}, { $date }).

# contract
cmd-contract-needs-end = --kind { $kind } demande --end DATE (son dernier jour)
cmd-end-before-start = --end { $end } est antérieure à --start { $start }
cmd-contract-recorded = Contrat { $kind } enregistré pour { $id } à partir du { $start }.
cmd-no-contract-running = { $id } n'a aucun contrat en cours le { $date }
cmd-contracts-not-tables = les contrats ne sont pas écrits en tables [[contracts]] : corrigez-les avec `iae edit { $id }`
cmd-contract-ended = Le contrat de { $id } se termine désormais le { $date }.
cmd-weekly-hours-range = --weekly-hours { $hours } : plus de 0 et au plus { $max } (le maximum légal)
cmd-contract-after-exit = { $id } est { $gender ->
    [F] sortie
    [M] sorti
   *[other] sorti·e
} le { $date } : aucun contrat ne peut commencer après la sortie
cmd-derogation-hint = si l'administration a accordé une dérogation, enregistrez-la avec --derogation "motif"
cmd-no-contract-to-renew = { $id } n'a aucun contrat à renouveler : `iae contract add` d'abord
cmd-contract-no-end = le contrat { $kind } du { $start } n'a pas de fin : rien à renouveler
cmd-renew-not-after = --end { $end } n'est pas postérieure à la fin actuelle, le { $current }
cmd-contract-renewed = Contrat de { $id } renouvelé jusqu'au { $end }.

# exit
cmd-exit-give-id = donnez l'identifiant : `iae exit ID --date D --reason CODE`
cmd-exit-needs-date-reason = une sortie demande une date et un motif
cmd-exit-unknown-reason = --reason { $reason } : ce n'est pas un motif de sortie connu ; rien n'a été écrit
cmd-exit-unknown-reason-hint = `iae exit reasons` les liste ; une structure peut ajouter les siens dans iae.toml
cmd-exit-already = { $name } est déjà { $gender ->
    [F] sortie
    [M] sorti
   *[other] sorti·e
} le { $date } ({ $reason }) ; rien n'a été écrit
cmd-exit-already-hint = si cette sortie est une erreur, `iae exit cancel { $id }` d'abord
cmd-exit-before-hiring = --date { $date } est antérieure à l'embauche du { $hired } : la date de sortie est le dernier jour travaillé ; rien n'a été écrit
cmd-exit-recorded = Sortie de { $id } enregistrée le { $date } : { $reason } ({ $category }).
cmd-contracts-end-at-exit = { $count ->
    [one] { $count } contrat se termine désormais le { $date }.
   *[other] { $count } contrats se terminent désormais le { $date }.
}
cmd-exit-no-bilan = aucun entretien de bilan final (bilan_final) n'est enregistré pour { $id } : le bilan final est attendu avant la sortie
cmd-exit-category-unsure = remarque : la catégorie de « { $reason } » n'est pas confirmée
cmd-exit-category-unsure-note = remarque : la catégorie de « { $reason } » n'est pas confirmée : { $note }
cmd-ask-exit-date = Date de sortie, dernier jour travaillé (AAAA-MM-JJ)
cmd-ask-exit-reason = Motif de sortie (numéro ou code)
cmd-not-in-list = { $value } : absent de la liste
cmd-ask-exit-employer = Employeur
cmd-ask-exit-job = Poste ou formation
cmd-ask-exit-acquired = Bilan : acquis
cmd-ask-exit-options = Bilan : pistes envisagées
cmd-ask-exit-next-steps = Bilan : suites préparées
cmd-ask-exit-partners = Bilan : partenaires
cmd-exit-none-to-cancel = { $id } n'a aucune sortie à annuler
cmd-exit-has-followups = { $id } a des suivis après sa sortie : retirez-les avec `iae edit { $id }` avant d'annuler la sortie
cmd-exit-cancelled = Sortie de { $id } du { $date } annulée ({ $reason }) ; git la garde dans l'historique du fichier. Les contrats terminés à la sortie gardent cette date de fin : modifiez-les avec `iae edit { $id }` si besoin.
cmd-reasons-overridden = * ajouté ou modifié dans le iae.toml de cette structure

# store
cmd-store-skipped = { $file } ignoré : { $problem } — lancez `iae check`
cmd-store-fix-settings = corrigez les réglages de la structure ; chaque clé est décrite dans docs/format.md
cmd-store-no-salaries = { $dir } est absent : cette structure n'a pas de dossier salaries/
cmd-store-no-id = aucun·e salarié·e avec l'identifiant { $id } (pas de fichier { $file })
cmd-store-no-id-hint = `iae list --all` montre tous les identifiants ; `iae show NOM` en trouve un par le nom
cmd-store-fix-file = corrigez le fichier à la main ou avec `iae edit { $id }`, puis `iae check`
cmd-store-change-invalid = rien n'a été écrit : la modification rendrait le fichier invalide :
    { $errors }
cmd-store-give-id = donnez un identifiant ou un nom
cmd-store-no-match = aucun·e salarié·e ne correspond à « { $query } »
cmd-store-no-match-hint = `iae list --all` montre tous les identifiants et les noms
cmd-store-name-not-id = le nom de fichier { $name } n'est pas un identifiant (6 caractères en base32 de Crockford, majuscules)
cmd-store-name-not-id-hint = les dossiers s'appellent salaries/<ID>.toml ; sortez les autres fichiers de salaries/
cmd-store-cannot-read-file = impossible de lire le fichier : { $error }
cmd-not-a-structure = { $dir } n'est pas le dossier d'une structure (il n'a pas de { $config })
cmd-not-a-structure-hint = créez-en un avec `iae init { $dir } --name NOM --kind ACI|EI|AI|ETTI|EITI`, ou indiquez-en un existant avec --dir / IAE_DIR
cmd-no-structure = aucune structure trouvée : ni { $dir } ni aucun dossier parent n'a de { $config }
cmd-no-structure-hint = créez-en une avec `iae init DOSSIER --name NOM --kind ACI|EI|AI|ETTI|EITI`, ou utilisez --dir DOSSIER / IAE_DIR

# git
cmd-git-cannot-run = impossible de lancer git ; est-il installé ?
cmd-git-cannot-run-merge = impossible de lancer git merge-file ; git est-il installé ?
cmd-git-merge-failed = git merge-file a échoué sur { $file }
cmd-no-exe-path = impossible de trouver le chemin du programme iae

# pass
cmd-no-pass = { $id } n'a aucun PASS IAE enregistré
cmd-no-pass-hint = `iae pass set { $id } --number N` d'abord
cmd-pass-not-table = [pass] n'est pas écrit comme une table : corrigez-le avec `iae edit`
cmd-pass-breaks-rules = { $what ->
    [suspension] cette suspension enfreint les règles ; rien n'a été écrit :
   *[other] cette prolongation enfreint les règles ; rien n'a été écrit :
}
      - { $problems }
cmd-pass-derogation-hint = si l'administration a accordé une dérogation, ajoutez --derogation "motif" (elle est conservée dans le fichier)
cmd-derogation-recorded = remarque : enregistré avec une dérogation : { $problem }
cmd-pass-prolonged = PASS de { $id } prolongé jusqu'au { $to } ({ $reason }, décision { $decider ->
    [prescriber] d'un prescripteur habilité
   *[siae] de la SIAE
}).
cmd-pass-number-digits = --number { $number } : un numéro de PASS IAE compte 12 chiffres
cmd-pass-end-before-start = --end { $end } est antérieure au début, le { $start }
cmd-pass-set = PASS IAE { $number } de { $id }, valable jusqu'au { $end } à la délivrance.
cmd-note = remarque : { $text }
cmd-pass-suspended = PASS de { $id } suspendu du { $from } au { $to } : il se termine désormais le { $end }.

# shared
cmd-no-current-dir = impossible de lire le dossier courant
cmd-unknown-code = { $flag } { $value } : { $what ->
    [sex] ce n'est pas un sexe connu
    [prescriber] ce n'est pas un prescripteur connu
    [criterion] ce n'est pas un critère connu
    [eligibility-criterion] ce n'est pas un critère d'éligibilité connu
    [barrier-category] ce n'est pas une catégorie de frein connue
    [contract-kind] ce n'est pas un type de contrat connu
    [interview-kind] ce n'est pas un type d'entretien connu
    [kind-of-structure] ce n'est pas un type de structure connu
    [prolongation-reason] ce n'est pas un motif de prolongation connu
    [suspension-reason] ce n'est pas un motif de suspension connu
    [skill-kind] ce n'est pas un type de compétence connu
   *[other] ce code n'est pas connu
} ; rien n'a été écrit
cmd-did-you-mean-code = vouliez-vous dire « { $code } » ?
cmd-write-one-of = écrivez l'un de ces codes : { $list }

# recruit
cmd-recruit-duplicate = { $name }, né·e le { $birth }, a déjà un dossier : { $file } — rien n'a été écrit
cmd-recruit-duplicate-hint = `iae show { $id }` l'ouvre ; s'il s'agit vraiment d'une autre personne, ajoutez --force
cmd-recruit-forced = { $name } a déjà le dossier { $file } ; enregistré·e une seconde fois (--force)
cmd-recruited = { $name } { $gender ->
    [F] recrutée
    [M] recruté
   *[other] recruté·e
} sous l'identifiant { $id } ({ $path }).
cmd-ask-last-name = Nom
cmd-ask-first-name = Prénom
cmd-ask-birth-date = Date de naissance (JJ/MM/AAAA)
cmd-ask-sex = Sexe (F ou H)
cmd-ask-hired-on = Date d'embauche, premier jour travaillé (JJ/MM/AAAA)
cmd-ask-applied-on = Date de candidature (JJ/MM/AAAA)
cmd-ask-prescriber = Prescripteur (france_travail, mission_locale, siae…)
cmd-ask-postcode = Code postal
cmd-answer-sex = répondez F (femme) ou H (homme)
cmd-unknown-prescriber = ce n'est pas un prescripteur connu ; l'un de : { $list }
cmd-postcode-digits = un code postal français compte 5 chiffres
cmd-recruit-missing = il manque l'identité ou la date d'embauche
cmd-recruit-empty-name = --last-name et --first-name ne peuvent pas être vides
cmd-recruit-age = --birth-date { $birth } : { $age } ans à la date d'embauche du { $hired }, ce qui n'est pas possible (entre { $min } et { $max }) ; rien n'a été écrit
cmd-recruit-applied-after = --applied-on { $applied } est postérieure à --hired-on { $hired } : la candidature vient d'abord ; rien n'a été écrit
cmd-recruit-postcode = --postcode { $postcode } : un code postal français compte 5 chiffres ; rien n'a été écrit
cmd-recruit-diagnosis-after = --diagnosis-date { $date } est postérieure à l'embauche du { $hired } : le diagnostic vient d'abord ; rien n'a été écrit
cmd-recruit-pass-number = --pass-number { $number } : un numéro de PASS IAE compte 12 chiffres ; rien n'a été écrit
cmd-recruit-contract-flags = --contract-end, --weekly-hours et --position décrivent un contrat : ajoutez --contract TYPE
cmd-recruit-needs-hours = --contract { $kind } demande --weekly-hours H
cmd-recruit-needs-end = --contract { $kind } demande --contract-end DATE (son dernier jour)
cmd-recruit-end-before-hiring = --contract-end { $end } est antérieure à l'embauche du { $hired } ; rien n'a été écrit

# check
cmd-check-summary = { $files ->
    [one] { $files } fichier vérifié
   *[other] { $files } fichiers vérifiés
} : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
cmd-check-unknown-key = clé inconnue `{ $key }` (conservée telle quelle)
cmd-check-unknown-key-hint = vérifiez son orthographe dans docs/format.md ; vos propres notes peuvent rester
cmd-check-id-shared = l'identifiant « { $id } » est utilisé par plusieurs fichiers : { $files }
cmd-check-id-shared-hint = l'identifiant de chaque dossier est son nom de fichier
cmd-check-same-person = { $name }, né·e le { $birth }, figure aussi dans { $files }
cmd-check-same-person-hint = s'il s'agit de la même personne, gardez un seul dossier ; sinon, rien à faire

# followup, hours, immersion, project, skill, training
cmd-followup-unknown-situation = --situation { $situation } : ce n'est pas une situation connue ; rien n'a été écrit
cmd-followup-situation-hint = les situations reprennent les codes des motifs de sortie : `iae exit reasons`
cmd-followup-no-exit = { $id } n'est pas encore { $gender ->
    [F] sortie
    [M] sorti
   *[other] sorti·e
} : un suivi vient après la sortie
cmd-followup-not-after-exit = --date { $date } n'est pas postérieure à la sortie du { $exit }
cmd-followup-recorded = Suivi de { $id } du { $date } enregistré.
cmd-hours-month = --month { $month } : écrivez le mois sous la forme MM/AAAA ou AAAA-MM, par exemple 03/2025
cmd-hours-range = --hours { $hours } : plus de 0 et au plus 744 dans un mois
cmd-hours-not-tables = les lignes [[hours]] de { $id } ne sont pas écrites en tables : corrigez-les avec `iae edit { $id }`
cmd-hours-total = { $id } : { $total } heures en { $month }
cmd-hours-company-cap = { $hours } heures de mise à disposition en entreprise dans les 24 mois suivant la première : au-delà du plafond de { $cap } heures (sauf dérogation du préfet)
cmd-immersion-empty = --employer et --job ne peuvent pas être vides
cmd-immersion-recorded = Immersion chez { $employer } enregistrée pour { $id }.
cmd-project-target-empty = --target est vide : nommez le métier ou la formation visés
cmd-project-rome = --rome { $rome } : un code ROME est une majuscule suivie de 4 chiffres, par exemple K2204
cmd-project-on-before = --on { $on } est antérieure à la fixation du projet actuel, le { $set }
cmd-project-not-table = [project] n'est pas écrit comme une table : corrigez-le avec `iae edit { $id }`
cmd-project-set = Projet de { $id } : { $target }.
cmd-skill-name-empty = --name est vide : nommez la compétence
cmd-skill-recorded = Compétence « { $name } » (niveau { $level }) enregistrée pour { $id }.
cmd-training-empty = --title et --organism ne peuvent pas être vides
cmd-training-recorded = Formation « { $title } » enregistrée pour { $id }.
cmd-contracts-not-tables-any = les contrats ne sont pas écrits en tables [[contracts]] : corrigez-les avec `iae edit`

# prompts, editor, init, sync
cmd-prompt-cannot-read = impossible de lire la réponse
cmd-prompt-no-answer = aucune réponse (fin de la saisie)
cmd-prompt-answer-needed = une réponse est nécessaire
cmd-prompt-yes-no = { $question } [O/n]
cmd-editor-cannot-start = impossible de lancer l'éditeur `{ $editor }`
cmd-editor-failed = l'éditeur `{ $editor }` a échoué (code de sortie { $status })
cmd-editor-none = aucun éditeur : ni $VISUAL ni $EDITOR n'est défini
cmd-editor-none-hint = par exemple `export EDITOR=nano`
cmd-nothing-changed = rien n'a été modifié
cmd-edit-no-change = Aucune modification de { $file }.
cmd-edit-again = Le fichier n'est pas valide. Rouvrir l'éditeur ?
cmd-init-kind = --kind { $kind } : ce n'est pas un type de SIAE — écrivez l'un de { $list }
cmd-init-name-empty = --name est vide : donnez le nom de la structure
cmd-init-siret = --siret { $siret } : un numéro SIRET compte 14 chiffres
cmd-init-already = { $dir } est déjà une structure (il a un { $config }) ; rien n'a été modifié
cmd-init-already-hint = choisissez un autre dossier, ou travaillez dans celui-ci avec `iae list`
cmd-init-salaries-exists = { $dir } a déjà un dossier { $salaries }/ ; rien n'a été modifié
cmd-cannot-create = impossible de créer { $path }
cmd-init-created = Structure « { $name } » ({ $kind }) créée dans { $dir }.
    Ensuite : { $here ->
        [yes] `iae recruit`
       *[no] `cd { $dir }` puis `iae recruit`
    } pour ouvrir un premier dossier.
cmd-init-no-git = remarque : git n'est pas installé ; le dossier n'a pas été placé sous suivi de versions
cmd-init-inside-git = remarque : { $dir } est déjà dans un dépôt git
cmd-init-git-failed = remarque : `git init` a échoué ; le dossier n'a pas été placé sous suivi de versions
cmd-no-completion = { $shell } : pas de complétion pour ce shell

# pass show
cmd-pass-current-end = Fin actuelle : { $end } ; { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
} (aujourd'hui compris)
cmd-pass-expired = Fin actuelle : { $end } ; expiré

# store scan

cmd-pass-col-event = événement
cmd-pass-col-from = du
cmd-pass-col-to = au
cmd-pass-col-reason = motif
cmd-pass-col-end = fin
cmd-pass-step-issued = délivré
cmd-pass-step-suspended = suspendu
cmd-pass-step-prolonged = prolongé
cmd-reasons-col-code = code
cmd-reasons-col-label = libellé
cmd-reasons-col-category = catégorie
cmd-reasons-col-certain = sûr
cmd-reasons-certain = oui
cmd-reasons-uncertain = non (voir la note)

## Column titles of the listings (table and Markdown)
col-check-file = fichier
col-check-line = ligne
col-check-code = code
col-check-field = champ
col-check-message = message
col-criterion-code = code
col-criterion-level = niveau
col-criterion-label = libellé
col-criterion-proof = justificatif
col-criterion-valid = validité
col-verdict-eligible = éligible
col-verdict-kind = structure
col-verdict-by = diagnostic par
col-verdict-on = le
col-verdict-level1 = niveau 1
col-verdict-level2 = niveau 2
col-verdict-required_level2 = niveau 2 requis
col-verdict-problems = problèmes
col-verdict-reason = motif
col-hours-month = mois
col-hours-recorded = déclarées
col-hours-estimated = estimées
col-hours-counted = comptées
col-hours-source = source
col-interview-date = date
col-interview-kind = type
col-interview-by = par
col-interview-attendance = présence
col-interview-notes = notes
col-recruited-id = id
col-recruited-path = fichier
col-show-field = champ
col-show-value = valeur
cell-months = { $count } mois
edit-saved = { $path } enregistré.
cmd-skill-level-range = le niveau va de 1 à 4
