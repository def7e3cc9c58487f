# Messages shared by every command: how errors and hints are introduced, plurals used
# across reports. One message per id; the same ids in en/common.ftl.

error-prefix = erreur
hint-prefix = conseil
caused-by = cause
warning-prefix = avertissement
people-concerned = { $count ->
    [one] { $count } salarié concerné
   *[other] { $count } salariés concernés
}
