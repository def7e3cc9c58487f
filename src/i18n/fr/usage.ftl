# Les erreurs d'utilisation de la ligne de commande (celles de clap), et les dates tapées.

clap-unknown-argument = argument inattendu « { $arg } »
clap-invalid-value = valeur invalide « { $value } » pour « { $arg } »
clap-invalid-value-because = valeur invalide « { $value } » pour « { $arg } » : { $reason }
clap-not-a-number = ce n'est pas un nombre (par exemple 35 ou 35,5)
clap-not-a-whole-number = ce n'est pas un nombre entier positif (par exemple 30)
clap-number-too-large = ce nombre est trop grand
clap-value-required = « { $arg } » attend une valeur, mais aucune n'a été donnée
clap-used-twice = l'argument « { $arg } » ne peut être donné qu'une fois
clap-conflict = l'argument « { $arg } » ne peut pas être utilisé avec « { $other } »
clap-conflict-many = l'argument « { $arg } » ne peut pas être utilisé avec :
clap-conflict-others = l'argument « { $arg } » ne peut pas être utilisé avec un ou plusieurs des autres arguments donnés
clap-no-equals = il faut un signe égal pour donner une valeur à « { $arg } »
clap-invalid-subcommand = sous-commande inconnue « { $name } »
clap-missing-required = ces arguments obligatoires n'ont pas été donnés :
clap-missing-subcommand = « { $command } » attend une sous-commande, mais aucune n'a été donnée
clap-subcommands = [sous-commandes : { $values }]
clap-too-many-values = valeur inattendue « { $value } » pour « { $arg } » : aucune autre n'était attendue
clap-too-few-values = « { $arg } » attend { $min } valeurs ; { $actual ->
    [one] une seule a été donnée
   *[other] { $actual } seulement ont été données
}
clap-wrong-number-of-values = « { $arg } » attend { $expected } valeurs, mais { $actual ->
    [one] une seule a été donnée
   *[other] { $actual } ont été données
}
clap-invalid-utf8 = un argument n'est pas du texte UTF-8 valide
clap-unknown-cause = erreur de la ligne de commande
clap-quoted = « { $value } »
clap-similar-subcommand = { $count ->
    [one] une sous-commande proche existe : { $values }
   *[other] des sous-commandes proches existent : { $values }
}
clap-similar-argument = { $count ->
    [one] un argument proche existe : { $values }
   *[other] des arguments proches existent : { $values }
}
clap-similar-value = { $count ->
    [one] une valeur proche existe : { $values }
   *[other] des valeurs proches existent : { $values }
}
clap-more-information = Pour en savoir plus, essayez « { $help } ».

date-not-a-date = « { $text } » n'est pas une date — écrivez JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 03/03/2025
date-no-such-day = le { $text } n'existe pas dans le calendrier — vérifiez le jour et le mois
date-short-year = l'année de « { $text } » doit s'écrire sur quatre chiffres (03/03/2025, pas 03/03/25)
