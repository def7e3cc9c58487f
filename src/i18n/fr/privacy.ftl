# Personal data: settings bounds, stray files, retention, purge and the right of access.

settings-too-large = { $key } = { $value } est trop grand : au plus { $max }
settings-out-of-range = { $key } = { $value } doit être entre 0 et { $max }
settings-retention-zero = retention_years = 0 : écrivez au moins 1 (ou retirez la ligne pour ne fixer aucune durée)
settings-unknown-key = { $file } : clé inconnue { $key }, ignorée
settings-unknown-key-close = { $file } : clé inconnue { $key }, ignorée — vouliez-vous dire { $close } ?
flag-too-large = --{ $flag } { $value } est trop grand : au plus { $max }
stray-symlink = { $name } est un lien symbolique : un dossier de salarié doit être un fichier ordinaire
stray-dir = { $name } est un répertoire, pas un dossier de salarié
stray-temp = { $name } est un fichier temporaire laissé par une écriture interrompue
stray-other = { $name } n'est pas un dossier de salarié (les dossiers s'appellent salaries/<ID>.toml)
stray-hint = salaries/ ne contient que les dossiers des salariés : déplacez ou supprimez ce fichier
not-utf8 = le fichier n'est pas en UTF-8 : premier octet invalide à la position { $offset }
not-utf8-hint = enregistrez le fichier en UTF-8 depuis votre éditeur
retention-past = sorti le { $exit } : la durée de conservation ({ $years ->
    [one] { $years } an
   *[other] { $years } ans
}) est dépassée depuis le { $until }
retention-hint = `iae purge --dry-run` montre ce qui serait anonymisé, `iae purge` l'anonymise
retention-title = Dossiers à anonymiser (conservation dépassée)
purge-none = Aucun dossier n'a dépassé la durée de conservation.
purge-no-retention = iae.toml ne fixe pas de durée de conservation (retention_years) : rien à anonymiser
purge-no-retention-hint = ajoutez par exemple `retention_years = 2` dans iae.toml
purge-would = { $count ->
    [one] { $count } dossier serait anonymisé (rien n'est écrit) :
   *[other] { $count } dossiers seraient anonymisés (rien n'est écrit) :
}
purge-done = { $count ->
    [one] { $count } dossier anonymisé.
   *[other] { $count } dossiers anonymisés.
}
purge-line = { $id } sorti le { $exit }, conservé jusqu'au { $until }
purge-history = L'historique git garde les versions précédentes : voir docs/privacy.md pour les effacer.
purge-erase-needs-id = --erase efface un dossier entier : donnez son identifiant (iae purge ID --erase)
purge-id-needs-erase = pour effacer le dossier { $id } en entier, ajoutez --erase ; sans identifiant, iae purge anonymise les dossiers dont la conservation est dépassée
purge-erased = Dossier { $file } effacé.
export-title = Données détenues sur { $name }
export-intro = Ce document rassemble toutes les informations que { $structure } détient sur vous, telles qu'enregistrées dans le dossier { $id }, le { $date }.
export-wrote = { $file } écrit.
export-output-ext = --output { $file } : écrivez un fichier .html ou .json
export-many = plusieurs salariés correspondent à « { $query } » : donnez l'identifiant

# Labels of the right-of-access document: one per key of the case file.
export-field-schema = Version du format
export-field-id = Identifiant
export-field-person = Identité
export-field-recruitment = Recrutement
export-field-eligibility = Éligibilité
export-field-pass = PASS IAE
export-field-contracts = Contrats
export-field-interviews = Entretiens
export-field-barriers = Freins périphériques
export-field-project = Projet professionnel
export-field-skills = Compétences
export-field-trainings = Formations
export-field-immersions = Immersions
export-field-hours = Heures travaillées
export-field-exit = Sortie
export-field-followups = Suivi après la sortie
export-field-last_name = Nom
export-field-first_name = Prénom
export-field-birth_date = Date de naissance
export-field-sex = Sexe
export-field-postcode = Code postal
export-field-anonymised_on = Anonymisé le
export-field-applied_on = Candidature le
export-field-hired_on = Embauche le
export-field-prescriber = Prescripteur
export-field-date = Date
export-field-by = Par
export-field-criteria = Critères
export-field-proofs = Justificatifs
export-field-criterion = Critère
export-field-document = Document
export-field-dated = Daté du
export-field-number = Numéro
export-field-start = Début
export-field-end = Fin
export-field-suspensions = Suspensions
export-field-prolongations = Prolongations
export-field-from = Du
export-field-to = Au
export-field-reason = Motif
export-field-derogation = Dérogation
export-field-decided_by = Décidé par
export-field-kind = Type
export-field-weekly_hours = Heures par semaine
export-field-planned_end = Fin prévue
export-field-position = Poste
export-field-medium = Modalité
export-field-attendance = Présence
export-field-duration_minutes = Durée (minutes)
export-field-topic = Sujet
export-field-notes = Notes
export-field-category = Catégorie
export-field-noted_on = Repéré le
export-field-detail = Détail
export-field-status = Statut
export-field-resolved_on = Levé le
export-field-resolution_note = Note de résolution
export-field-actions = Actions
export-field-text = Texte
export-field-partner = Partenaire
export-field-support = Accompagnement
export-field-target = Projet
export-field-rome = Code ROME
export-field-set_on = Fixé le
export-field-previous = Projets précédents
export-field-replaced_on = Remplacé le
export-field-name = Nom
export-field-level = Niveau
export-field-assessed_on = Évalué le
export-field-title = Intitulé
export-field-organism = Organisme
export-field-qualifying = Qualifiante
export-field-certification = Certification
export-field-employer = Employeur
export-field-job = Métier
export-field-month = Mois
export-field-client_kind = Type de client
export-field-contract_months = Durée du contrat (mois)
export-field-acquired = Acquis
export-field-options = Pistes
export-field-next_steps = Prochaines étapes
export-field-partners = Partenaires
export-field-situation = Situation
export-source = Le fichier tel qu'il est enregistré
export-yes = oui
export-no = non
export-item = n° { $n }
toml11-only = syntaxe TOML 1.1 ({ $what }) : les lecteurs TOML 1.0, comme tomllib de Python, refusent ce fichier
toml11-hint = écrivez \u001B pour \e, \u0041 pour \x41, et une table en ligne sur une seule ligne sans virgule finale

## Help of the commands

help-export = Tout ce qui est détenu sur un salarié, en page HTML imprimable ou en JSON (droit d'accès)
    .examples =
        iae export 7K3M9Q --output acces-7K3M9Q.html
        iae export 7K3M9Q --output acces-7K3M9Q.json
        iae export martin --format json
help-export--who = L'identifiant du dossier, ou un nom
help-export--output = Écrire dans FICHIER : .html (page imprimable) ou .json
help-purge = Anonymiser les dossiers conservés au-delà de retention_years après la sortie ; `ID --erase` en efface un
    .examples =
        iae purge --dry-run
        iae purge
        iae purge 7K3M9Q --erase
help-purge--id = L'identifiant d'un dossier à effacer entièrement (avec --erase)
help-purge--dry-run = Montrer ce qui serait anonymisé ou effacé, sans rien écrire
help-purge--erase = Effacer entièrement le dossier ID, quand la loi l'exige
help-report-annual--with-names = Montrer les noms des personnes dans le détail des sorties, pas seulement leurs identifiants
