### adieu — English (United States): the questions of `adieu new --interactive` that differ.

# This language's name in itself, in the list of languages of the documents.
language-name = English (United States)
# American usage: "handoff", not "handover".
interview-data-delete = They are deleted once the handoff is complete
