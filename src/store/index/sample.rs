//! A case with every field filled, encoded into the index's fingerprint: any change of the
//! model changes the fingerprint, and an index of another layout is rebuilt.

pub const SAMPLE: &str = r#"schema = 1
id = "7K3M9Q"
[person]
last_name = "Exemple"
first_name = "Camille"
birth_date = 1990-01-02
sex = "F"
postcode = "75001"
[recruitment]
applied_on = 2025-01-03
hired_on = 2025-01-04
prescriber = "ft"
[eligibility]
date = 2025-01-05
by = "prescriber"
criteria = ["rsa"]
derogation = "d"
proofs = [{ criterion = "rsa", document = "attestation", dated = 2025-01-06 }]
[pass]
number = "999992512345"
start = 2025-01-07
end = 2027-01-06
suspensions = [{ from = 2025-02-01, to = 2025-02-10, reason = "maladie", derogation = "d" }]
prolongations = [{ reason = "r", to = 2027-06-01, decided_by = "x", derogation = "y" }]
[[contracts]]
kind = "cddi"
start = 2025-01-04
end = 2025-07-03
weekly_hours = 26.5
planned_end = 2025-08-01
position = "agent"
derogation = "z"
[[interviews]]
date = 2025-01-10
kind = "suivi"
by = "A. B."
medium = "site"
attendance = "present"
duration_minutes = 30
topic = "t"
notes = "n"
[[barriers]]
number = 1
category = "mobilite"
noted_on = 2025-01-11
detail = "d"
status = "resolved"
resolved_on = 2025-03-01
resolution_note = "r"
actions = [{ date = 2025-01-12, text = "t", partner = "p", support = "s" }]
[project]
target = "t"
rome = "K2204"
set_on = 2025-01-13
previous = [{ target = "o", rome = "K1", set_on = 2025-01-01, replaced_on = 2025-01-13 }]
[[skills]]
kind = "savoir_etre"
name = "n"
level = 3
assessed_on = 2025-01-14
by = "b"
[[trainings]]
title = "t"
organism = "o"
start = 2025-01-15
end = 2025-01-16
qualifying = true
certification = "c"
[[immersions]]
employer = "e"
job = "j"
start = 2025-01-17
end = 2025-01-18
[[hours]]
month = "2025-01"
hours = 120.5
client_kind = "company"
[exit]
date = 2025-07-03
reason = "cdi"
employer = "e"
job = "j"
contract_months = 12
acquired = "a"
options = "o"
next_steps = "n"
partners = "p"
[[followups]]
date = 2025-10-03
situation = "cdi"
notes = "n"
[[dismissed]]
what = "exit_without_bilan"
date = 2025-09-30
reason = "r"
on = 2025-10-04
"#;
