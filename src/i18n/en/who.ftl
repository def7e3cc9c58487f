# Finding a salarié by id or by name, for every command that takes one.

who-empty = give an id or a name
who-none = no salarié matches "{ $query }"
who-list-hint = `iae list --all` shows every id and name
who-did-you-mean = did you mean { $list }?
