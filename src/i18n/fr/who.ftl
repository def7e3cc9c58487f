# Finding a salarié by id or by name, for every command that takes one.

who-empty = donnez un id ou un nom
who-none = aucun salarié ne correspond à « { $query } »
who-list-hint = `iae list --all` montre chaque id et chaque nom
who-did-you-mean = vouliez-vous dire { $list } ?
who-candidate = { $id }  { $name }  né·e le { $birth }
who-many = { $count } salariés correspondent à « { $query } » :
who-many-hint = donnez l'id, ou davantage du nom
