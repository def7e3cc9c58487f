# Removing or amending one record of a case file (interview, hours, contract, training,
# skill, immersion, follow-up, barrier action). Nouns by the file's table name.

record-the-interviews = the interview
record-the-hours = the hours line
record-the-contracts = the contract
record-the-trainings = the training
record-the-skills = the skill
record-the-immersions = the immersion
record-the-followups = the follow-up
record-the-actions = the action
record-of-interviews = interview
record-of-hours = hours line
record-of-contracts = contract
record-of-trainings = training
record-of-skills = skill
record-of-immersions = immersion
record-of-followups = follow-up
record-of-actions = action
record-records-interviews = interviews
record-records-hours = hours lines
record-records-contracts = contracts
record-records-trainings = trainings
record-records-skills = skills
record-records-immersions = immersions
record-records-followups = follow-ups
record-records-actions = actions

record-none = { $who } has no { $of } "{ $which }"; nothing was written
record-none-at-all = this file has no { $of } yet
record-there-are = its { $records }: { $list }
record-several = { $count } { $records } match "{ $which }":
record-several-hint = pick one with --nth N (1 for the first in the list)
record-nth-out = --nth { $nth }: there are only { $count }
record-bad-month = "{ $which }" is not a month — write YYYY-MM or MM/YYYY, e.g. 2025-03
record-set-shape = --set { $set }: write FIELD=VALUE, e.g. --set end=2025-09-30
record-no-field = "{ $field }" is not a field of a { $of }
record-fields = possible fields: { $list }
record-bad-value = { $field } = { $value }: not a possible value for this field
record-amend-nothing = nothing to change: give --set FIELD=VALUE or --unset FIELD
record-removed = Removed from { $who }'s file: { $the } "{ $record }".
record-amended = In { $who }'s file, { $the } "{ $before }" is now "{ $after }".
record-unchanged = Nothing changed: { $the } already had these values.
barrier-action-removed = Removed from { $who }'s file: the action "{ $record }" of barrier n°{ $number }.
