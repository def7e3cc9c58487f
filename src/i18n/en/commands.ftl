# Messages of the commands' shared steps (missing flags, ambiguous names, editing).

missing-flags = missing { $flags } (required when not on a terminal)
hint-recruit-help = `iae recruit --help` lists every option
hint-exit-reasons = `iae exit reasons` lists the reason codes
name-ambiguous = { $count } salariés match "{ $who }":
name-candidate = { $id }  { $name }  born { $birth }
hint-name-ambiguous = give the id, or more of the name
edit-changed-meanwhile = { $path } changed while the editor was open; nothing was overwritten
edit-copy-kept = your edited copy is kept at { $copy }; it holds personal data: delete it once you no longer need it
edit-invalid-unchanged = { $path } is unchanged: the edited copy is not valid
edit-problem = error: { $problem }
man-written = { $count ->
    [one] { $count } manual page written in { $dir }
   *[other] { $count } manual pages written in { $dir }
}
