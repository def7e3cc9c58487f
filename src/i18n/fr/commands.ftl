# Messages of the commands' shared steps (missing flags, ambiguous names, editing).

missing-flags = il manque { $flags } (obligatoire hors d'un terminal)
hint-recruit-help = `iae recruit --help` liste toutes les options
hint-exit-reasons = `iae exit reasons` liste les codes de motif de sortie
name-ambiguous = { $count } salariés correspondent à « { $who } » :
name-candidate = { $id }  { $name }  né·e le { $birth }
hint-name-ambiguous = donnez l'identifiant, ou davantage du nom
edit-changed-meanwhile = { $path } a été modifié pendant que l'éditeur était ouvert ; rien n'a été écrasé
edit-copy-kept = votre copie modifiée est conservée dans { $copy } ; elle contient des données personnelles : supprimez-la quand vous n'en avez plus besoin
edit-invalid-unchanged = { $path } est inchangé : la copie modifiée n'est pas valide
edit-problem = erreur : { $problem }
man-written = { $count ->
    [one] { $count } page de manuel écrite dans { $dir }
   *[other] { $count } pages de manuel écrites dans { $dir }
}
