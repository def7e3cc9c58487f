# L'aide de la ligne de commande (`--help`), par commande. Les textes anglais sont ceux
# du code (doc comments) ; ici leur traduction.
#
# help-barrier-add            la description de `iae barrier add`
#     .long                   sa description longue (si le code en a une)
#     .examples               les exemples qui terminent son aide, un par ligne
# help-barrier-add--category  l'aide de son option --category (`_` de l'id devient `-`)
#     .<valeur>               l'aide d'une valeur documentée (help-iae--format.table)
# help-iae--dir               les options globales appartiennent à la racine, `iae`
# help-value-date             les noms de valeur (<DATE>), communs à toutes les commandes

## Les morceaux de clap

help-usage-heading = Utilisation :
help-commands-heading = Commandes :
help-arguments-heading = Arguments :
help-options-heading = Options :
help-examples-heading = Exemples :
help-default = [par défaut : { $value }]
help-possible-values = [valeurs possibles : { $values }]
help-possible-values-heading = Valeurs possibles :
help-flag-help = Afficher l'aide
    .summary = Afficher l'aide (un résumé avec « -h »)
    .more = Afficher l'aide (davantage avec « --help »)
help-flag-version = Afficher la version
help-subcommand = Afficher ce message ou l'aide des sous-commandes données
help-subcommand--subcommand = Les sous-commandes dont afficher l'aide
help-value-command = COMMANDE


## iae

help-iae = Les dossiers des salariés en insertion, un fichier TOML chacun, et les chiffres que demande l'État
    .examples =
        iae init ~/bagneux --name "Bagneux Insertion" --kind ACI
        iae list
        iae show martin
help-iae--dir = Dossier de la structure (sinon IAE_DIR, sinon le premier dossier parent qui contient un iae.toml)
help-iae--format = Format de sortie
    .table = Colonnes alignées, pour les personnes (par défaut)
    .json = JSON, pour les scripts
    .csv = CSV avec une ligne d'en-tête, pour les tableurs
    .yaml = YAML
    .markdown = Tableau Markdown, pour les notes et les wikis
help-iae--today = Raisonner comme si l'on était le DATE (JJ/MM/AAAA ou AAAA-MM-JJ)
help-iae--lang = Langue des textes (par défaut : d'après LANG)

## iae init

help-init = Créer le dossier d'une structure (iae.toml, salaries/, .gitignore, git)
    .examples =
        iae init ~/bagneux --name "Bagneux Insertion" --kind ACI
        iae init --name "Jardins du Sud" --kind EI --siret 12345678900011 --no-git
help-init--path = Dossier à créer (par défaut : --dir, sinon le dossier courant)
help-init--name = Nom de la structure
help-init--kind = Type de structure : ACI, EI, AI, ETTI ou EITI
help-init--siret = Numéro SIRET (14 chiffres)
help-init--no-git = Ne pas lancer `git init`

## iae recruit

help-recruit = Créer le dossier d'un salarié qui vient d'être embauché
    .examples =
        iae recruit --last-name Martin --first-name Sofia --birth-date 14/05/1998 --sex F --hired-on 03/03/2025
        iae recruit --last-name Diallo --first-name Amadou --birth-date 1990-11-02 --sex M --hired-on 2025-04-07 --prescriber france_travail --criteria rsa,qpv --pass-number "9999 9251 2345"
help-recruit--last-name = Nom de famille
help-recruit--first-name = Prénom
help-recruit--birth-date = JJ/MM/AAAA ou AAAA-MM-JJ
help-recruit--sex = F ou M (H, femme et homme sont compris)
help-recruit--hired-on = Premier jour de travail (JJ/MM/AAAA ou AAAA-MM-JJ)
help-recruit--applied-on = Date de la candidature (JJ/MM/AAAA ou AAAA-MM-JJ)
help-recruit--prescriber = Qui a orienté la candidature (par exemple france_travail, mission_locale, siae)
help-recruit--postcode = Code postal (5 chiffres)
help-recruit--criteria = Critères d'éligibilité retenus, séparés par des virgules (par exemple rsa,qpv)
help-recruit--diagnosis-by = Qui a fait le diagnostic d'éligibilité
    .employer = La SIAE elle-même (valable 92 jours, critères nécessaires)
    .prescriber = Un prescripteur habilité (valable 6 mois)
help-recruit--diagnosis-date = Date du diagnostic d'éligibilité (par défaut : la date d'embauche, ou aujourd'hui pour une embauche à venir)
help-recruit--pass-number = Numéro du PASS IAE (12 chiffres ; espaces acceptés)
help-recruit--contract = Type du premier contrat : cddi, cddu, mission, cdi_inclusion, passerelle
help-recruit--contract-end = Dernier jour du premier contrat (JJ/MM/AAAA ou AAAA-MM-JJ)
help-recruit--weekly-hours = Durée hebdomadaire du premier contrat, en heures
help-recruit--position = Poste occupé
help-recruit--force = Enregistrer la personne même si un dossier existe déjà avec les mêmes nom et date de naissance

## iae show

help-show = Afficher tout le parcours d'un salarié
    .examples =
        iae show 7K3M9Q
        iae show martin
        iae show "sofia martin" --format json
help-show--who = Un identifiant (7K3M9Q) ou un nom (accents et majuscules indifférents)

## iae list

help-list = Lister les salariés (ceux en parcours par défaut)
    .examples =
        iae list
        iae list --exited
        iae list --all --search martin --format csv
help-list--active = Seulement les salariés encore en parcours (par défaut)
help-list--exited = Seulement les salariés sortis
help-list--all = Tout le monde
help-list--search = Seulement les noms qui contiennent TEXTE (accents et majuscules indifférents)

## iae edit

help-edit = Modifier un dossier dans $VISUAL / $EDITOR, vérifié avant d'être enregistré
    .examples =
        iae edit 7K3M9Q
        EDITOR=nano iae edit 7K3M9Q
help-edit--id = Le salarié : un identifiant (7K3M9Q) ou un nom

## iae check

help-check = Vérifier tous les dossiers : erreurs (E…) et avertissements (W…)
    .examples =
        iae check
        iae check -v
        iae check --strict
help-check--verbose = Afficher un résumé et les avertissements, pas seulement les erreurs
help-check--strict = Les avertissements comptent comme des erreurs (code de sortie 1)

## iae exit

help-exit = Enregistrer une sortie et son bilan : `iae exit ID --date D --reason CODE` ; `iae exit reasons` liste les motifs, `iae exit cancel ID` retire une sortie saisie par erreur
    .examples =
        iae exit 7K3M9Q --date 27/02/2026 --reason cdi_non_aide --employer "Espaces Verts du Sud"
        iae exit reasons
        iae exit cancel 7K3M9Q
help-exit--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-exit--date = Dernier jour travaillé (JJ/MM/AAAA ou AAAA-MM-JJ)
help-exit--reason = Code du motif de sortie (voir `iae exit reasons`)
help-exit--employer = Employeur qui embauche la personne
help-exit--job = Emploi trouvé, ou formation commencée
help-exit--contract-months = Durée du contrat trouvé, en mois
help-exit--acquired = Bilan : les acquis
help-exit--options = Bilan : les pistes envisagées
help-exit--next-steps = Bilan : les prochaines étapes préparées
help-exit--partners = Bilan : les partenaires mobilisés

## iae exit reasons

help-exit-reasons = Les motifs de sortie en vigueur (typologie officielle, avec les ajouts de la structure)
    .examples =
        iae exit reasons
        iae exit reasons --format csv

## iae exit cancel

help-exit-cancel = Retirer une sortie saisie par erreur (l'historique git du fichier la garde)
    .examples =
        iae exit cancel 7K3M9Q
        iae exit cancel martin
help-exit-cancel--id = Le salarié : un identifiant (7K3M9Q) ou un nom

## iae eligibility

help-eligibility = Éligibilité : les critères, un verdict (code 3 si non éligible), un diagnostic, un justificatif
    .examples =
        iae eligibility criteria --kind ACI
        iae eligibility check 7K3M9Q
        iae eligibility proof 7K3M9Q rsa --document "Attestation CAF" --dated 01/02/2025

## iae eligibility criteria

help-eligibility-criteria = Les critères administratifs : niveau, libellé, justificatif, durée de validité du justificatif
    .examples =
        iae eligibility criteria
        iae eligibility criteria --kind EI --format json
help-eligibility-criteria--kind = Dire aussi combien de critères de niveau 2 ce type de structure exige

## iae eligibility check

help-eligibility-check = Le verdict pour un dossier (ID), ou pour des critères à l'essai
    .examples =
        iae eligibility check 7K3M9Q
        iae eligibility check --kind ACI --criteria rsa,qpv
        iae eligibility check --criteria jeune,qpv --birth-date 12/09/2003 --diagnosis-by employer
help-eligibility-check--id = Un dossier ; sans lui, le verdict pour les options ci-dessous
help-eligibility-check--kind = Type de structure (par défaut : celui de la structure)
help-eligibility-check--criteria = Critères retenus, séparés par des virgules
help-eligibility-check--birth-date = Date de naissance, pour les critères jeune et senior
help-eligibility-check--diagnosis-by = Qui ferait le diagnostic
    .employer = La SIAE elle-même (valable 92 jours, critères nécessaires)
    .prescriber = Un prescripteur habilité (valable 6 mois)
help-eligibility-check--on = Date du diagnostic (par défaut : aujourd'hui)

## iae eligibility record

help-eligibility-record = Enregistrer un nouveau diagnostic d'éligibilité (il remplace le précédent ; git garde l'historique)
    .examples =
        iae eligibility record 7K3M9Q --by prescriber --date 20/02/2025
        iae eligibility record 7K3M9Q --by employer --date 2025-02-20 --criteria rsa,qpv
help-eligibility-record--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-eligibility-record--by = Qui a fait le diagnostic
    .employer = La SIAE elle-même (valable 92 jours, critères nécessaires)
    .prescriber = Un prescripteur habilité (valable 6 mois)
help-eligibility-record--date = Date du diagnostic
help-eligibility-record--criteria = Critères, séparés par des virgules

## iae eligibility proof

help-eligibility-proof = Enregistrer le justificatif d'un critère
    .examples =
        iae eligibility proof 7K3M9Q rsa --document "Attestation CAF" --dated 01/02/2025
        iae eligibility proof 7K3M9Q qpv --document "Justificatif de domicile" --dated 2025-01-15
help-eligibility-proof--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-eligibility-proof--criterion = Le critère qu'il justifie
help-eligibility-proof--document = Le document (par exemple « Attestation CAF »)
help-eligibility-proof--dated = Date du document
help-eligibility-proof--certified-on = La plateforme a certifié le critère à partir des données d'une administration ce jour-là (remplace un document)

## iae eligibility audit

help-eligibility-audit = Les embauches d'une période sur diagnostic de la structure, chaque critère avec son justificatif ou sa certification, et ce qui manque ou est périmé (contrôle a posteriori)
    .examples =
        iae eligibility audit --from 2025-01-01 --to 2025-12-31
        iae eligibility audit --from 01/01/2025 --to 30/06/2025 --output controle.xlsx
help-eligibility-audit--from = Premier jour d'embauche de la période, inclus
help-eligibility-audit--to = Dernier jour d'embauche de la période, inclus
help-eligibility-audit--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-eligibility-audit--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae pass

help-pass = PASS IAE : enregistrer, suspendre, prolonger, afficher
    .examples =
        iae pass set 7K3M9Q --number "9999 9251 2345"
        iae pass suspend 7K3M9Q --from 02/06/2025 --to 20/06/2025 --reason contract_suspended
        iae pass show 7K3M9Q

## iae pass set

help-pass-set = Enregistrer le numéro et les dates du PASS IAE
    .examples =
        iae pass set 7K3M9Q --number "9999 9251 2345"
        iae pass set 7K3M9Q --number 999992512345 --start 03/03/2025 --end 02/03/2027
help-pass-set--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-pass-set--number = 12 chiffres (espaces acceptés)
help-pass-set--start = Premier jour (par défaut : la date d'embauche)
help-pass-set--end = Dernier jour indiqué à la délivrance (par défaut : début + 730 jours − 1)

## iae pass suspend

help-pass-suspend = Suspendre le PASS IAE (sa fin est reportée d'autant)
    .examples =
        iae pass suspend 7K3M9Q --from 02/06/2025 --to 20/06/2025 --reason contract_suspended
        iae pass suspend 7K3M9Q --from 2025-09-01 --to 2025-09-30 --reason contract_broken
help-pass-suspend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-pass-suspend--from = Premier jour de la suspension
help-pass-suspend--to = Dernier jour de la suspension
help-pass-suspend--reason = contract_suspended, contract_broken, finished_contract, approval_between_cta_members ou contrat_passerelle
help-pass-suspend--derogation = Pourquoi une règle n'est pas suivie (dérogation, gardée dans le dossier)

## iae pass prolong

help-pass-prolong = Prolonger le PASS IAE jusqu'à une nouvelle fin (incluse)
    .examples =
        iae pass prolong 7K3M9Q --reason complete_training --to 30/06/2027 --decided-by "France Travail"
        iae pass prolong 7K3M9Q --reason rqth --to 2027-12-31
help-pass-prolong--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-pass-prolong--reason = senior_cdi, complete_training, rqth, senior ou particular_difficulties
help-pass-prolong--to = La nouvelle fin, incluse
help-pass-prolong--decided-by = Qui a décidé (nom, prescripteur)
help-pass-prolong--derogation = Pourquoi une règle n'est pas suivie (dérogation, gardée dans le dossier)

## iae pass show

help-pass-show = Début, fin, chaque suspension et prolongation, jours restants
    .examples =
        iae pass show 7K3M9Q
        iae pass show martin --format json
help-pass-show--id = Le salarié : un identifiant (7K3M9Q) ou un nom

## iae contract

help-contract = Contrats : ajouter, renouveler, terminer
    .examples =
        iae contract add 7K3M9Q --kind cddi --start 03/03/2025 --end 02/09/2025 --weekly-hours 26 --position "Agent d'entretien des espaces verts"
        iae contract renew 7K3M9Q --end 02/03/2026
        iae contract end 7K3M9Q --on 15/10/2025

## iae contract add

help-contract-add = Enregistrer un contrat
    .examples =
        iae contract add 7K3M9Q --kind cddi --start 03/03/2025 --end 02/09/2025 --weekly-hours 26 --position "Agent d'entretien des espaces verts"
        iae contract add 7K3M9Q --kind cdi_inclusion --start 2025-09-03 --weekly-hours 30 --position "Agent de tri"
help-contract-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-contract-add--kind = cddi, cddu, mission, cdi_inclusion ou passerelle
help-contract-add--start = Premier jour du contrat
help-contract-add--end = Dernier jour (aucun pour un CDI inclusion)
help-contract-add--weekly-hours = Durée hebdomadaire, en heures
help-contract-add--position = Poste occupé
help-contract-add--derogation = Pourquoi une règle n'est pas suivie (dérogation, gardée dans le dossier)

## iae contract renew

help-contract-renew = Renouveler le dernier contrat jusqu'à une nouvelle fin (un nouveau contrat à partir du lendemain)
    .examples =
        iae contract renew 7K3M9Q --end 02/03/2026
        iae contract renew 7K3M9Q --end 2026-03-02 --weekly-hours 30
help-contract-renew--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-contract-renew--end = Dernier jour du renouvellement
help-contract-renew--weekly-hours = Durée hebdomadaire du renouvellement (par défaut : inchangée)
help-contract-renew--derogation = Pourquoi une règle n'est pas suivie (dérogation, gardée dans le dossier)

## iae contract end

help-contract-end = Mettre fin au contrat en cours avant son terme (la fin prévue est gardée en planned_end)
    .examples =
        iae contract end 7K3M9Q --on 15/10/2025
        iae contract end martin --on 2025-10-15
help-contract-end--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-contract-end--on = Dernier jour travaillé

## iae interview

help-interview = Entretiens : en ajouter un, les lister
    .examples =
        iae interview add 7K3M9Q --date 03/03/2025 --kind accueil --by "C. Durand"
        iae interview list 7K3M9Q

## iae interview add

help-interview-add = Enregistrer un entretien (notes données par --notes, --notes-file, ou écrites dans $EDITOR sur un terminal)
    .examples =
        iae interview add 7K3M9Q --date 03/03/2025 --kind accueil --by "C. Durand"
        iae interview add 7K3M9Q --date 2025-04-14 --kind suivi --by "C. Durand" --medium phone --duration 30 --notes "Point sur la recherche de logement"
        iae interview add 7K3M9Q --date 12/05/2025 --kind suivi --by "C. Durand" --attendance absent
help-interview-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-interview-add--date = JJ/MM/AAAA ou AAAA-MM-JJ
help-interview-add--kind = accueil, suivi, bilan_intermediaire, bilan_final, collectif ou post_sortie
help-interview-add--by = Qui a mené l'entretien
help-interview-add--medium = Comment l'entretien s'est tenu
help-interview-add--attendance = Si la personne est venue
help-interview-add--duration = Durée en minutes
help-interview-add--topic = Sujet (par exemple le thème de l'atelier)
help-interview-add--notes = Notes (--notes-file pour des notes longues)
help-interview-add--notes-file = Lire les notes dans un fichier

## iae interview list

help-interview-list = Les entretiens d'un salarié
    .examples =
        iae interview list 7K3M9Q
        iae interview list martin --format csv
help-interview-list--id = Le salarié : un identifiant (7K3M9Q) ou un nom

## iae barrier

help-barrier = Freins périphériques à l'emploi, du repérage à la levée
    .examples =
        iae barrier add 7K3M9Q --category logement --detail "Hébergée chez un tiers"
        iae barrier action 7K3M9Q 1 --date 20/03/2025 --text "Demande SIAO déposée" --partner "SIAO 92" --support external
        iae barrier list --open

## iae barrier add

help-barrier-add = Noter un frein ; affiche son numéro dans le dossier
    .examples =
        iae barrier add 7K3M9Q --category logement --detail "Hébergée chez un tiers"
        iae barrier add 7K3M9Q --category mobilite --detail "Pas de permis B" --noted-on 03/03/2025
help-barrier-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-barrier-add--category = logement, sante, mobilite, difficultes_financieres, difficultes_administratives, justice, contraintes_familiales, maitrise_langue ou numerique
help-barrier-add--detail = Le frein, en toutes lettres
help-barrier-add--noted-on = Date du repérage (par défaut : aujourd'hui)

## iae barrier action

help-barrier-action = Enregistrer une action menée sur le frein N
    .examples =
        iae barrier action 7K3M9Q 1 --date 20/03/2025 --text "Demande SIAO déposée" --partner "SIAO 92" --support external
        iae barrier action 7K3M9Q 2 --date 2025-04-02 --text "Inscription au code de la route" --support internal
help-barrier-action--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-barrier-action--number = Le numéro du frein dans le dossier
help-barrier-action--date = Date de l'action
help-barrier-action--text = Ce qui a été fait
help-barrier-action--partner = Partenaire mobilisé
help-barrier-action--support = Qui porte l'accompagnement
    .internal = Par la SIAE elle-même
    .external = Par un partenaire
    .both = Les deux

## iae barrier resolve

help-barrier-resolve = Clore le frein N : levé (resolved) ou abandonné (abandoned)
    .examples =
        iae barrier resolve 7K3M9Q 1 --on 15/09/2025 --note "Logement social attribué"
        iae barrier resolve 7K3M9Q 2 --on 2025-10-01 --outcome abandoned
help-barrier-resolve--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-barrier-resolve--number = Le numéro du frein dans le dossier
help-barrier-resolve--on = Le jour où il a pris fin
help-barrier-resolve--outcome = Levé (resolved) ou abandonné (abandoned)
help-barrier-resolve--note = Comment il a pris fin, en toutes lettres

## iae barrier reopen

help-barrier-reopen = Rouvrir un frein clos
    .examples =
        iae barrier reopen 7K3M9Q 1
        iae barrier reopen martin 2
help-barrier-reopen--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-barrier-reopen--number = Le numéro du frein dans le dossier

## iae barrier list

help-barrier-list = Les freins d'un salarié, ou de tous
    .examples =
        iae barrier list 7K3M9Q
        iae barrier list --open
        iae barrier list --format csv
help-barrier-list--id = Un salarié (par défaut : tous)
help-barrier-list--open = Seulement les freins encore ouverts (repérés ou en cours)

## iae project

help-project = Le projet professionnel
    .examples =
        iae project set 7K3M9Q --target "Jardinier paysagiste" --rome A1203
        iae project set 7K3M9Q --target "CAP Petite enfance" --on 01/09/2025

## iae project set

help-project-set = Fixer le métier visé ; le précédent est gardé avec ses dates
    .examples =
        iae project set 7K3M9Q --target "Jardinier paysagiste" --rome A1203
        iae project set 7K3M9Q --target "CAP Petite enfance" --on 01/09/2025
help-project-set--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-project-set--target = Le métier ou la formation visés, en toutes lettres
help-project-set--rome = Code ROME du métier visé (par exemple K2204)
help-project-set--on = Date de la décision (par défaut : aujourd'hui)

## iae skill

help-skill = Compétences évaluées (savoir-être, savoir-faire, aptitudes)
    .examples =
        iae skill add 7K3M9Q --kind savoir_etre --name Ponctualité --level 3 --on 15/04/2025
        iae skill add 7K3M9Q --kind savoir_faire --name "Taille des haies" --level 2 --on 2025-05-20 --by "M. Petit"

## iae skill add

help-skill-add = Enregistrer une compétence évaluée, du niveau 1 (débutant) au niveau 4 (maîtrisé)
    .examples =
        iae skill add 7K3M9Q --kind savoir_etre --name Ponctualité --level 3 --on 15/04/2025
        iae skill add 7K3M9Q --kind savoir_faire --name "Taille des haies" --level 2 --on 2025-05-20 --by "M. Petit"
help-skill-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-skill-add--kind = savoir_etre, savoir_faire ou aptitude
help-skill-add--name = La compétence, en toutes lettres
help-skill-add--level = Niveau de 1 (débutant) à 4 (maîtrisé)
help-skill-add--on = Date de l'évaluation
help-skill-add--by = Qui l'a évaluée

## iae training

help-training = Formations suivies
    .examples =
        iae training add 7K3M9Q --title "CACES R489" --organism "AFPA Nanterre" --start 06/10/2025 --end 10/10/2025
        iae training add 7K3M9Q --title "Titre pro Agent de propreté" --organism GRETA --start 2025-11-03 --qualifying

## iae training add

help-training-add = Enregistrer une formation
    .examples =
        iae training add 7K3M9Q --title "CACES R489" --organism "AFPA Nanterre" --start 06/10/2025 --end 10/10/2025 --certification "CACES R489 cat. 3"
        iae training add 7K3M9Q --title "Titre pro Agent de propreté" --organism GRETA --start 2025-11-03 --qualifying
help-training-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-training-add--title = Intitulé de la formation
help-training-add--organism = Organisme de formation
help-training-add--start = Premier jour de la formation
help-training-add--end = Dernier jour de la formation
help-training-add--qualifying = Une formation qualifiante ou préqualifiante
help-training-add--certification = Certification obtenue

## iae immersion

help-immersion = Périodes de mise en situation en milieu professionnel (PMSMP)
    .examples =
        iae immersion add 7K3M9Q --employer "Mairie de Bagneux" --job "Agent des espaces verts" --start 12/05/2025 --end 23/05/2025

## iae immersion add

help-immersion-add = Enregistrer une immersion en entreprise (PMSMP)
    .examples =
        iae immersion add 7K3M9Q --employer "Mairie de Bagneux" --job "Agent des espaces verts" --start 12/05/2025 --end 23/05/2025
        iae immersion add martin --employer "Boulangerie Léa" --job Vendeuse --start 2025-06-02 --end 2025-06-06
help-immersion-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-immersion-add--employer = L'employeur qui accueille
help-immersion-add--job = Le métier découvert
help-immersion-add--start = Premier jour de l'immersion
help-immersion-add--end = Dernier jour de l'immersion

## iae followup

help-followup = Situations après la sortie (suivi à 3 et 6 mois)
    .examples =
        iae followup add 7K3M9Q --date 27/05/2026 --situation cdi_non_aide
        iae followup add 7K3M9Q --date 2026-08-27 --situation formation_qualifiante --notes "Entrée en CAP"

## iae followup add

help-followup-add = Enregistrer la situation constatée après la sortie
    .examples =
        iae followup add 7K3M9Q --date 27/05/2026 --situation cdi_non_aide
        iae followup add 7K3M9Q --date 2026-08-27 --situation formation_qualifiante --notes "Entrée en CAP"
help-followup-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-followup-add--date = Date du suivi (JJ/MM/AAAA ou AAAA-MM-JJ), après la sortie
help-followup-add--situation = La situation, sous forme de code de motif de sortie (voir `iae exit reasons`)
help-followup-add--notes = Notes sur la situation

## iae hours

help-hours = Heures travaillées par mois (AI, ETTI, et toute personne payée à l'heure)
    .examples =
        iae hours add 7K3M9Q --month 2025-03 --hours 86.5
        iae hours add 7K3M9Q --month 2025-04 --hours 35 --client-kind individual

## iae hours add

help-hours-add = Ajouter les heures travaillées d'un mois (un second ajout pour le même mois et le même type de client s'additionne)
    .examples =
        iae hours add 7K3M9Q --month 2025-03 --hours 86.5
        iae hours add 7K3M9Q --month 2025-04 --hours 35 --client-kind individual
help-hours-add--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-hours-add--month = Mois, MM/AAAA ou AAAA-MM
help-hours-add--hours = Heures travaillées (décimales, par exemple 35.5)
help-hours-add--client-kind = Type de client chez qui la personne a été mise à disposition (AI)
## iae hours list

help-hours-list = Mois par mois : les heures déclarées, celles qu'estiment les contrats, et lesquelles comptent
    .examples =
        iae hours list 7K3M9Q
        iae hours list 7K3M9Q --year 2025
help-hours-list--id = L'identifiant du dossier
help-hours-list--year = Seulement cette année civile (par défaut : le parcours, de l'embauche à la sortie ou à aujourd'hui)


## iae report

help-report = Rapports sur toute la structure
    .examples =
        iae report exits --year 2025
        iae report deadlines --within 60
        iae report annual --year 2025 --output bilan-2025.xlsx

## iae report exits

help-report-exits = Les sorties d'une année (ou d'une période) par catégorie et motif, avec les taux de sortie dynamique et durable
    .examples =
        iae report exits --year 2025
        iae report exits --from 01/01/2025 --to 30/06/2025 --detail
        iae report exits --year 2025 --output sorties-2025.csv --csv-excel
help-report-exits--year = Année civile
help-report-exits--from = Premier jour de la période, JJ/MM/AAAA ou AAAA-MM-JJ (avec --to)
help-report-exits--to = Dernier jour de la période, JJ/MM/AAAA ou AAAA-MM-JJ (avec --from)
help-report-exits--detail = Une ligne par sortie : comptée, ou pourquoi pas
help-report-exits--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-report-exits--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae report deadlines

help-report-deadlines = Ce qui arrive à échéance d'ici JOURS jours (contrats, PASS, entretiens, justificatifs, suivis…), les retards d'abord
    .examples =
        iae report deadlines
        iae report deadlines --within 60
        iae report deadlines --format json
help-report-deadlines--within = Nombre de jours à venir, au plus 36500 (ce qui est en retard est toujours listé)
help-report-deadlines--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-report-deadlines--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae report active

help-report-active = Toutes les personnes en parcours un jour donné : phase, mois, fins de contrat et de PASS, freins ouverts
    .examples =
        iae report active
        iae report active --on 31/12/2025
        iae report active --output actifs.xlsx
help-report-active--on = Le jour (par défaut : aujourd'hui)
help-report-active--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-report-active--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae report barriers

help-report-barriers = Le tableau des freins de l'ASP pour une année : salariés concernés, accompagnés en interne, en externe, les deux
    .examples =
        iae report barriers --year 2025
        iae report barriers --year 2025 --output freins-2025.csv --csv-excel
help-report-barriers--year = Année civile
help-report-barriers--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-report-barriers--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae report annual

help-report-annual = Les chiffres de l'année pour le dialogue de gestion (aussi en .html et .xlsx)
    .examples =
        iae report annual --year 2025
        iae report annual --year 2025 --output bilan-2025.html
        iae report annual --year 2025 --output bilan-2025.xlsx
help-report-annual--year = Année civile
help-report-annual--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-report-annual--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae report interviews

help-report-interviews = Les entretiens d'une année par type et par conseiller, et les salariés au-delà de la cadence
    .examples =
        iae report interviews --year 2025
        iae report interviews --year 2025 --format csv
help-report-interviews--year = Année civile
help-report-interviews--output = Écrire dans FICHIER, au format de son extension : .json .yaml .csv .md .txt .xlsx (et .html pour le bilan annuel)
help-report-interviews--csv-excel = CSV pour les tableurs français : séparateur `;`, BOM UTF-8, virgule décimale

## iae completions

help-completions = Le script de complétion du shell (commandes, options, identifiants et noms de la structure)
    .examples =
        iae completions bash > ~/.local/share/bash-completion/completions/iae
        iae completions zsh > ~/.zfunc/_iae
        iae completions fish > ~/.config/fish/completions/iae.fish
help-completions--shell = Le shell pour lequel écrire le script

## iae man

help-man = Les pages de manuel
    .examples =
        iae man | man -l -
        iae man --out-dir ~/.local/share/man/man1
help-man--out-dir = Écrire une page par commande (iae.1, iae-report-exits.1, …) dans DOSSIER au lieu d'afficher la page principale

## iae log

help-log = L'histoire d'un dossier d'après git, en toutes lettres, la plus récente d'abord
    .examples =
        iae log 7K3M9Q
        iae log martin --patch
        iae log 7K3M9Q --format json
help-log--who = L'identifiant ou le nom du salarié
help-log--patch = Ajouter la différence TOML de chaque commit

## iae sync

help-sync = Partager le travail du jour : enregistrer (commit), fusionner ce que les autres ont envoyé, envoyer
    .examples =
        iae sync
        iae --dir ~/jardins sync

## iae git

help-git = Réglages git de ce clone
    .examples =
        iae git setup
        iae --dir ~/jardins git setup

## iae git setup

help-git-setup = Déclarer le pilote de fusion des dossiers dans ce clone (git ne le copie pas lors d'un clone) et dans .gitattributes
    .examples =
        iae git setup
        iae --dir ~/jardins git setup

## iae merge file

help-merge-file = Le pilote de fusion git des dossiers (BASE OURS THEIRS : les %O %A %B de git)
    .examples =
        iae merge-file %O %A %B --path %P
help-merge-file--base = L'ancêtre commun (%O pour git)
help-merge-file--ours = Notre version, remplacée par le résultat (%A pour git)
help-merge-file--theirs = Leur version (%B pour git)
help-merge-file--path = Le chemin du fichier dans le dépôt, pour les messages (%P pour git)

## Les noms de valeur

help-value-acquired = ACQUIS
help-value-applied-on = DATE
help-value-attendance = PRÉSENCE
help-value-base = BASE
help-value-birth-date = DATE_NAISSANCE
help-value-by = QUI
help-value-category = CATÉGORIE
help-value-certification = CERTIFICATION
help-value-client-kind = TYPE_CLIENT
help-value-contract = CONTRAT
help-value-contract-end = FIN_CONTRAT
help-value-contract-months = MOIS
help-value-criteria = CRITÈRES
help-value-criterion = CRITÈRE
help-value-certified-on = DATE
help-value-date = DATE
help-value-dated = DATE
help-value-days = JOURS
help-value-decided-by = QUI
help-value-derogation = MOTIF
help-value-detail = DÉTAIL
help-value-diagnosis-by = AUTEUR
help-value-diagnosis-date = DATE_DIAGNOSTIC
help-value-dir = DOSSIER
help-value-document = DOCUMENT
help-value-employer = EMPLOYEUR
help-value-end = FIN
help-value-file = FICHIER
help-value-first-name = PRÉNOM
help-value-format = FORMAT
help-value-from = DÉBUT
help-value-hired-on = DATE_EMBAUCHE
help-value-hours = HEURES
help-value-id = ID
help-value-job = MÉTIER
help-value-kind = TYPE
help-value-lang = LANGUE
help-value-last-name = NOM
help-value-level = NIVEAU
help-value-medium = MODALITÉ
help-value-min = MIN
help-value-month = MOIS
help-value-name = NOM
help-value-next-steps = ÉTAPES
help-value-note = NOTE
help-value-noted-on = DATE
help-value-notes = NOTES
help-value-number = NUMÉRO
help-value-on = DATE
help-value-options = PISTES
help-value-organism = ORGANISME
help-value-ours = NÔTRE
help-value-outcome = ISSUE
help-value-p = CHEMIN
help-value-partner = PARTENAIRE
help-value-partners = PARTENAIRES
help-value-pass-number = NUMÉRO_PASS
help-value-path = CHEMIN
help-value-position = POSTE
help-value-postcode = CODE_POSTAL
help-value-prescriber = PRESCRIPTEUR
help-value-reason = MOTIF
help-value-rome = ROME
help-value-sex = SEXE
help-value-shell = SHELL
help-value-siret = SIRET
help-value-situation = SITUATION
help-value-start = DÉBUT
help-value-support = PORTEUR
help-value-target = CIBLE
help-value-text = TEXTE
help-value-theirs = LEUR
help-value-title = INTITULÉ
help-value-to = FIN
help-value-topic = SUJET
help-value-weekly-hours = HEURES
help-value-who = QUI
help-value-year = ANNÉE
