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
export-wrote-two = { $html } et { $json } écrits.
export-output-ext = --output { $file } : écrivez un fichier .html ou .json
export-many = plusieurs salariés correspondent à « { $query } » : donnez l'identifiant
edit-copy-kept = votre copie modifiée est gardée dans { $file } ; elle contient des données personnelles : supprimez-la quand vous n'en avez plus besoin
