// Drug class from a medicine's name, for a medication the patient entered by name without choosing
// a class. The names live in assets/medicine_classes.tsv (generic names and common US, UK and EU
// brands); the build compiles the table in.
//
// Matching: the typed name is lower-cased (ASCII) and split into words at anything that is not a
// letter or digit ("Advil 200mg" -> "advil", "200mg"). A table name matches when its words appear
// in a row; the longest match wins ("Tylenol 3" is an opioid, "Tylenol" paracetamol). When matches
// of different classes remain ("paracetamol + codeine"), an opioid among them makes it an opioid,
// otherwise it is a combination analgesic (ICHD-3 8.2.5: two or more drug classes in one product).
//
// It is a suggestion: nothing typed is changed, and a class the patient chose always wins.
#pragma once

#include <optional>
#include <string_view>

#include "core/model.hpp"

namespace painlink {

std::optional<DrugClass> drug_class_for_name(std::string_view name);

// The class a medication counts as: the chosen one, else the name's, else "other".
DrugClass effective_drug_class(const Treatment& t);

// Number of names in the table (for tests and the build check).
int medicine_name_count();

}  // namespace painlink
