# Finding a salarié by id or by name, for every command that takes one.

who-empty = donnez un id ou un nom
who-none = aucun salarié ne correspond à « { $query } »
who-list-hint = `iae list --all` montre chaque id et chaque nom
who-did-you-mean = vouliez-vous dire { $list } ?
