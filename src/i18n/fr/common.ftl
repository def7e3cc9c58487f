# Messages shared by every command: how errors and hints are introduced, plurals used
# across reports. One message per id; the same ids in en/common.ftl.

error-prefix = erreur :
hint-prefix = conseil :
caused-by = cause :
warning-prefix = avertissement :
people-concerned = { $count ->
    [one] { $count } salarié concerné
   *[other] { $count } salariés concernés
}

## Files and the disk
io-kind-not-found = fichier ou dossier introuvable
io-kind-permission-denied = accès refusé (droits du fichier ou du dossier)
io-kind-already-exists = le fichier existe déjà
io-kind-storage-full = le disque est plein
io-kind-read-only = le disque est en lecture seule
io-cannot-write = impossible d'écrire { $path }
io-cannot-create = impossible de créer { $path }
io-cannot-create-temp = impossible de créer un fichier temporaire dans { $dir }
io-cannot-write-temp = impossible d'écrire un fichier temporaire dans { $dir }
io-cannot-sync = impossible d'enregistrer { $path } sur le disque
io-cannot-open-lock = impossible d'ouvrir le verrou { $path }
io-cannot-take-lock = impossible de prendre le verrou { $path }
io-cannot-parse = impossible de lire { $path }
io-cannot-delete = impossible de supprimer { $path }
doc-not-array-of-tables = « { $key } » n'est pas écrit en tables [[{ $key }]] ; corrigez-le avec `iae edit`
