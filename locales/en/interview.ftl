### adieu — English: the questions of `adieu new --interactive`.
### For the user of adieu, not for the client: the language of the user's terminal
### (LANG), which may differ from the language of the documents. Short, plain
### questions, one at a time; a question ends with a colon or a question mark.

interview-intro = A few questions about the client and how the work ends; the answers become a case file you can edit later.
# Shown under every question: how to answer.
interview-keys = Enter to accept, Ctrl-C to quit without saving
interview-keys-optional = Leave it empty to skip; Enter to accept, Ctrl-C to stop
interview-keys-choice = ↑↓ to move, Enter to choose, Ctrl-C to stop
interview-keys-lines = One line at a time; an empty line ends the list
interview-keys-many = ↑↓ to move, Space to tick, Enter when done, Ctrl-C to stop
interview-yes = Yes
interview-no = No

## The documents

interview-language = Which language should the documents be in?

## You

interview-sender-name = Your full name, as you sign it:
interview-sender-company = Your firm (empty if you work under your own name):
interview-sender-role = Your job title:
interview-sender-email = Your email address:
interview-sender-phone = Your phone number:
interview-sender-address = Your postal address:
interview-sender-place = The town you write from:

## The client

interview-client-company = The client’s company (leave empty for an individual):
interview-contact-name = The full name of the person you’re writing to:
# $name: the contact's full name, as just typed.
interview-contact-gender = How should the documents address { $name }?
interview-gender-female = As a woman (“Dear Ms …”)
interview-gender-male = As a man (“Dear Mr …”)
interview-gender-unspecified = Without assuming a gender (a neutral greeting)
interview-client-email = Email address for { $name }:
interview-client-phone = The number to call:
interview-client-address = The client’s postal address, for a letter:

## Why

interview-reason = Why are you ending the work?
interview-reason-capacity = Capacity: you cannot give the account the attention it needs
interview-reason-fit = Fit: your services no longer match what the client needs
interview-reason-direction = Direction: your business is changing direction
interview-reason-outgrown = Outgrown: the client needs a larger team or a specialist
interview-reason-payment = Payment: repeated late or disputed payments
interview-reason-conduct = Conduct: abusive or disrespectful treatment
interview-reason-ethics = Ethics: the client’s practices put you at legal risk or harm your reputation
interview-tone = Which tone?
interview-tone-warm = Warm: a long relationship on good terms
interview-tone-neutral = Neutral: courteous and plain
interview-tone-firm = Firm: formal and brief

## The contract and the notice

interview-contract = Is there a written contract?
interview-contract-title = The contract’s title:
interview-contract-reference = Its reference number:
interview-contract-signed = The date it was signed (YYYY-MM-DD):
interview-contract-notice = The notice it requires, in days:
interview-notice = How much notice are you giving?
interview-notice-days = A number of days
interview-notice-until = Until a date
interview-notice-immediate = None: the work ends today
# $minimum: the contract's minimum notice in days, 0 when it gives none.
interview-notice-count = { $minimum ->
    [0] How many days’ notice?
   *[other] How many days’ notice? (the contract requires at least { $minimum })
}
interview-notice-last-day = The last day of work (YYYY-MM-DD):
interview-notice-milestone = The last stage of work to complete:

## Who can help the client next

interview-referral = Are you recommending someone to the client?
interview-referral-person = Yes, a colleague by name
interview-referral-kind = Yes, a kind of provider to look for
interview-referral-none = No
interview-referral-name = The colleague’s name:
interview-referral-company = The colleague’s firm:
interview-referral-contact = How to reach them (email, phone or website):
interview-referral-what = The kind of provider to look for (e.g. “a full-service agency”):

## What remains to settle

interview-invoice = Is there an unpaid invoice?
interview-invoice-another = Another invoice?
interview-invoice-number = The invoice number:
interview-invoice-amount = The amount (e.g. 1200.00):
interview-invoice-currency = The currency (e.g. EUR, GBP, USD):
interview-invoice-due = The due date (YYYY-MM-DD):
interview-deliverable = Is there work still to deliver?
interview-deliverable-another = Another delivery?
interview-deliverable-item = What you will deliver:
interview-deliverable-by = Delivery date (YYYY-MM-DD):
# The catalogue's items, to tick; adieu writes them in the client's language.
interview-handover = What are you handing over?
interview-data = What happens to the client’s files and data?
interview-data-return = They are returned in full
interview-data-delete = They are deleted once the handover is complete
interview-data-keep-as-required = They are kept only as long as the law requires
interview-data-none = Nothing to say about them
interview-refund = Are you refunding a retainer or a prepaid balance?
interview-refund-amount = The amount to pay back:
interview-refund-currency = Its currency:
interview-continuing = What stays in force after the end date?
interview-item-warranty = Warranty on the work delivered, for a number of days
interview-item-warranty-days = How many days does the warranty run after the end date?
# After the ticked items: the user's own, in the language of the documents.
interview-other-items = Anything else, in the language of the documents:

## The file

interview-file = Save the case as:
# $file: the path of an existing file.
interview-file-exists = { $file } already exists. Choose another name (adieu never overwrites a file).
# $file: the case file just written.
interview-wrote = Wrote { $file }: edit it whenever you like, then render it again.
# $dir: the folder the documents go into.
interview-render = Write the letter, the email draft, the call script and the calendar into { $dir } now?
# Under a question that needs an answer, when it was left empty.
interview-needed = This question needs an answer.
# This language's name in itself, in the list of languages of the documents.
language-name = English
