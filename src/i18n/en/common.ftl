# Messages shared by every command: how errors and hints are introduced, plurals used
# across reports. One message per id; the same ids in fr/common.ftl.

error-prefix = error
hint-prefix = hint
caused-by = caused by
warning-prefix = warning
people-concerned = { $count ->
    [one] { $count } person concerned
   *[other] { $count } people concerned
}
