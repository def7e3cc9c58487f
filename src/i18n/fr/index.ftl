# L'index .iae/index (un cache reconstruit à partir des dossiers).
index-damaged = note : l'index { $path } était endommagé ; il est reconstruit à partir des dossiers (aucun résultat n'en dépend).
