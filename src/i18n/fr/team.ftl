# Working as a team on one directory through git: the merge driver, a case's history
# (iae log), iae sync and iae git setup. The same ids in en/team.ftl.

## The merge driver (iae merge-file)
merge-renumbered-comment = frein n° { $from } de l'autre copie, renuméroté { $to } à la fusion
merge-renumbered = { $path } : le frein n° { $from } a été ajouté des deux côtés ; celui de l'autre copie devient le n° { $to }
merge-conflict = { $path } : « { $key } » a été modifié différemment des deux côtés — gardez la bonne valeur entre <<<<<<< et >>>>>>>, supprimez les marques, puis `iae check`
merge-not-toml = { $path } : une des versions n'est pas un fichier TOML valide ; fusion ligne à ligne par git, à vérifier à la main

## Conflict markers left in a case file (E006)
conflict-blocks = conflit de fusion non résolu — gardez les deux blocs [[{ $section }]], ou lancez `iae git setup` puis refaites la fusion
conflict-section = conflit de fusion non résolu — gardez la bonne version de [{ $section }] entre <<<<<<< et >>>>>>>, ou lancez `iae git setup` puis refaites la fusion
conflict-value = conflit de fusion non résolu sur « { $key } » — gardez la bonne valeur entre <<<<<<< et >>>>>>> et supprimez les marques
conflict-other = conflit de fusion non résolu — gardez ce qu'il faut entre <<<<<<< et >>>>>>>, ou lancez `iae git setup` puis refaites la fusion

## Set-up (iae git setup, iae init, iae check's W010)
driver-missing = le pilote de fusion des dossiers n'est pas configuré dans ce clone : deux modifications d'un même dossier s'arrêteront sur un conflit de lignes
driver-missing-hint = lancez `iae git setup` dans ce clone
setup-attributes-written = .gitattributes : les dossiers (salaries/*.toml) passent désormais par le pilote de fusion iae ; `iae sync` le partagera avec les autres clones
setup-attributes-present = .gitattributes envoie déjà les dossiers (salaries/*.toml) au pilote de fusion iae
setup-driver = pilote de fusion « iae » enregistré dans la configuration de ce clone (.git/config) : un même dossier modifié des deux côtés se fusionne par son contenu
not-a-repo = { $dir } n'est pas dans un dépôt git
not-a-repo-hint = `git init` dans la structure, ou `git clone` du dépôt partagé, puis `iae git setup`

## iae log
log-no-history = { $id } n'a pas encore d'historique dans git (le fichier n'a jamais été committé)
log-no-history-hint = `iae sync` enregistre les modifications dans git
log-unreadable = version illisible (pas un dossier valide)
log-created = dossier ouvert (embauche le { $entry })
log-deleted = dossier supprimé
log-truncated = première version disponible (historique tronqué d'un clone superficiel)
log-no-change = aucun changement du contenu (mise en forme seulement)
log-entry-added = { $section ->
    [interviews] { $label } du { $entry } ajouté
    [contracts] contrat { $label } du { $entry } ajouté
    [barriers] frein n° { $entry } noté ({ $label })
    [barriers-actions] frein n° { $parent } : action du { $entry } ajoutée
    [hours] heures de { $entry } : { $label } h ajoutées
    [pass-suspensions] suspension du PASS à partir du { $entry } ajoutée
    [pass-prolongations] prolongation du PASS jusqu'au { $entry } ajoutée
    [eligibility-proofs] justificatif ({ $entry }) ajouté
    [skills] compétence évaluée le { $entry } ajoutée ({ $label })
    [trainings] formation du { $entry } ajoutée ({ $label })
    [immersions] immersion du { $entry } ajoutée
    [followups] suivi après la sortie du { $entry } ajouté
    [project-previous] ancien projet du { $entry } ajouté
   *[other] { $section } { $entry } ajouté
}
log-entry-removed = { $section ->
    [interviews] { $label } du { $entry } supprimé
    [contracts] contrat { $label } du { $entry } supprimé
    [barriers] frein n° { $entry } supprimé
    [barriers-actions] frein n° { $parent } : action du { $entry } supprimée
    [hours] heures de { $entry } supprimées
    [pass-suspensions] suspension du PASS du { $entry } supprimée
    [pass-prolongations] prolongation du PASS jusqu'au { $entry } supprimée
    [eligibility-proofs] justificatif ({ $entry }) supprimé
    [skills] compétence évaluée le { $entry } supprimée
    [trainings] formation du { $entry } supprimée
    [immersions] immersion du { $entry } supprimée
    [followups] suivi après la sortie du { $entry } supprimé
    [project-previous] ancien projet du { $entry } supprimé
   *[other] { $section } { $entry } supprimé
}
log-entry-name = { $section ->
    [interviews] { $label } du { $entry }
    [contracts] contrat { $label } du { $entry }
    [barriers] frein n° { $entry }
    [barriers-actions] frein n° { $parent }, action du { $entry }
    [hours] heures de { $entry }
    [pass-suspensions] suspension du PASS du { $entry }
    [pass-prolongations] prolongation du PASS jusqu'au { $entry }
    [eligibility-proofs] justificatif { $entry }
    [skills] compétence évaluée le { $entry }
    [trainings] formation du { $entry }
    [immersions] immersion du { $entry }
    [followups] suivi du { $entry }
    [project-previous] ancien projet du { $entry }
    [person] identité
    [recruitment] recrutement
    [eligibility] diagnostic d'éligibilité
    [pass] PASS IAE
    [project] projet professionnel
    [exit] sortie
   *[other] { $section }
}
log-section-added = { $section ->
    [exit] sortie le { $entry } ({ $label })
    [pass] PASS IAE du { $entry } enregistré
    [project] projet professionnel fixé le { $entry } ({ $label })
    [eligibility] diagnostic d'éligibilité du { $entry } enregistré
   *[other] { $section } ajouté
}
log-section-removed = { $section ->
    [exit] sortie annulée
    [pass] PASS IAE retiré
    [project] projet professionnel retiré
    [eligibility] diagnostic d'éligibilité retiré
   *[other] { $section } retiré
}
log-field-changed = { $what } : { $field } { $before } → { $after }
log-field-rewritten = { $what } : { $field } réécrit
log-contract-end = fin du contrat { $before } → { $after }
log-barrier-resolved = frein n° { $entry } levé le { $date }
log-barrier-abandoned = frein n° { $entry } abandonné le { $date }
log-patch-header = différence TOML :
log-merge = fusion

## iae sync
sync-summary = { $sent ->
    [0] rien envoyé
    [one] 1 commit envoyé
   *[other] { $sent } commits envoyés
}, { $received ->
    [0] rien reçu
    [one] 1 commit reçu
   *[other] { $received } commits reçus
}{ $files ->
    [0] {""}
    [one] {""} (1 dossier modifié par les autres)
   *[other] {""} ({ $files } dossiers modifiés par les autres)
}
sync-local = { $committed ->
    [0] rien à enregistrer
    [one] 1 commit enregistré
   *[other] { $committed } commits enregistrés
} ; pas de dépôt distant : rien à envoyer ni à recevoir
sync-conflict = conflit réel dans { $files } : ouvrez le fichier, gardez la bonne valeur entre <<<<<<< et >>>>>>>, supprimez les marques, puis relancez `iae sync`
sync-still-markers = { $files } contient encore des marques de conflit (<<<<<<< / >>>>>>>) : gardez la bonne valeur, supprimez les marques, puis relancez `iae sync`
sync-unmerged = la fusion précédente n'est pas finie : { $files }
sync-fetch-failed = { $remote } est injoignable : { $committed ->
    [0] rien de nouveau à enregistrer ici
   *[other] vos modifications sont enregistrées ici
} ; relancez `iae sync` quand il sera joignable
sync-push-failed = l'envoi vers { $remote } a échoué ; relancez `iae sync` (les autres ont peut-être envoyé entre-temps)
sync-driver-set = pilote de fusion configuré dans ce clone (`iae git setup`)
git-failed = la commande git « { $command } » a échoué
git-failed-hint = réglez ce que git signale ci-dessus, puis relancez la commande ; `git status` dans le dossier de la structure montre où en est le dépôt
git-said = git a répondu : { $output }
sync-fetch-failed-hint = vérifiez le réseau et l'adresse du dépôt partagé (`git remote -v`)
