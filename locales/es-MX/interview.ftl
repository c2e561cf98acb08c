### adieu — español (México): las preguntas de `adieu new --interactive` que difieren.

# This language's name in itself, in the list of languages of the documents.
language-name = Español (México)
