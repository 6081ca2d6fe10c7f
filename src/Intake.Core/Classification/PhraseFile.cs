namespace Intake.Core.Classification;

/// <summary>The phrase lists of one language, as stored in channel-config/intents/{language}.json.</summary>
internal sealed record PhraseFile
{
    public string Language { get; init; } = "";
    public IReadOnlyList<string> StopWords { get; init; } = [];
    /// <summary>
    /// Words that may stand between a negation and the cue it negates ("I do not want to cancel",
    /// "kündige ich nicht", "opzeggen is niet nodig"); any other word means the negation belongs elsewhere.
    /// </summary>
    public IReadOnlyList<string> NegationBridges { get; init; } = [];

    /// <summary>First-person subjects ("ik", "I", "ich"): right after a negation one starts a new clause, so the negation does not reach past it ("ich will die doch nicht ich möchte widerrufen").</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public IReadOnlyList<string> ClauseBreaks { get; init; } = [];

    /// <summary>The clause breaks that are adverbs ("also", "dus", "therefore"): right before a negation they break nothing ("ich kündige also nicht").</summary>
    public IReadOnlyList<string> ClauseAdverbs { get; init; } = [];

    /// <summary>
    /// The writer's own possessives ("mijn", "mein", "my"): before words between quotation marks they name the writer's
    /// own earlier words ("Mijn 'niet verlengen' van gisteren"), not a button's or a receipt's.
    /// </summary>
    public IReadOnlyList<string> Possessives { get; init; } = [];

    /// <summary>Words whose dot abbreviates ("jl.", "bzw.", "Nr."): it closes a clause at most, never the sentence.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];
    public IReadOnlyList<string> FuzzyExclusions { get; init; } = [];

    /// <summary>Named word sets that patterns use as {name}: contract, cancellation, ...</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> Cancel { get; init; } = [];
    public IReadOnlyList<string> CancelWithObject { get; init; } = [];
    public IReadOnlyList<string> Weak { get; init; } = [];
    public IReadOnlyList<string> StopVerbs { get; init; } = [];
    public IReadOnlyList<string> Acknowledgements { get; init; } = [];
    public IReadOnlyList<string> Topic { get; init; } = [];
    public IReadOnlyList<string> Withdrawal { get; init; } = [];
    public IReadOnlyList<string> WithdrawalContext { get; init; } = [];
    public IReadOnlyList<string> Extraordinary { get; init; } = [];
    public IReadOnlyList<string> ExtraordinaryContext { get; init; } = [];

    /// <summary>A serious failure of the service ("outages for weeks", "storingen", "nicht erschienen"): with <see cref="ImmediateEffect"/> the cancellation is for cause.</summary>
    public IReadOnlyList<string> ServiceFailure { get; init; } = [];

    /// <summary>A switch to another of our plans ("switch to the family plan", "von Tarif M auf Tarif L wechseln"): a change, not leaving.</summary>
    public IReadOnlyList<string> PlanChange { get; init; } = [];

    /// <summary>The regular end asked for ("at the next renewal", "einde looptijd", "fristgerecht"): no special right is used.</summary>
    public IReadOnlyList<string> RegularEnd { get; init; } = [];

    /// <summary>Ended with effect now ("with immediate effect", "per direct", "ab sofort"); narrower than the dates' "immediate", which holds "as soon as possible".</summary>
    public IReadOnlyList<string> ImmediateEffect { get; init; } = [];
    public IReadOnlyList<string> Retract { get; init; } = [];
    public IReadOnlyList<string> Negation { get; init; } = [];
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<string> SelfQuestions { get; init; } = [];
    /// <summary>Asking whether ending is possible; with a date or time for it ("per 1 april", "from January") it asks us to do it.</summary>
    public IReadOnlyList<string> PossibilityQuestions { get; init; } = [];

    /// <summary>Asks how a declaration just made is done ("ik wil opzeggen, hoe gaat dat?"): the declaration stands.</summary>
    public IReadOnlyList<string> FollowUpQuestions { get; init; } = [];

    /// <summary>A question that offers alternatives ("X, of kan ik pas ...?"): a cue before it, in a sentence that ends in "?", is asked.</summary>
    public IReadOnlyList<string> AlternativeQuestions { get; init; } = [];

    /// <summary>An instruction to stop what the contract does ("take me off your books", "keine Abbuchungen mehr"): beside leaving told as a feeling, it declares.</summary>
    public IReadOnlyList<string> EndInstructions { get; init; } = [];

    /// <summary>A booking or reservation named ("gebucht", "geboekt", "booked", "Tischreservierung"): beside it a vague cancelling word ends that booking.</summary>
    public IReadOnlyList<string> Bookings { get; init; } = [];

    /// <summary>A turn ("but", "maar", "aber"): between a leaving word and staying, it tells of an intention given up.</summary>
    public IReadOnlyList<string> Contrasts { get; init; } = [];

    /// <summary>The contract, or the rest of it, goes on ("läuft natürlich weiter", "blijft gewoon actief"): beside it a cancelling word ends only a part.</summary>
    public IReadOnlyList<string> Continues { get; init; } = [];

    /// <summary>A cancellation confirmed to the customer ("dat is bevestigd", "ihr habt das bestätigt", "the confirmation came"): beside it, one told as done is reported, not declared.</summary>
    public IReadOnlyList<string> ConfirmedEnds { get; init; } = [];

    /// <summary>What should have stopped goes on ("afgeschreven", "abgebucht", "charged", "turned up"): beside it a confirmed cancellation went wrong, and a person reads it.</summary>
    public IReadOnlyList<string> StillRunning { get; init; } = [];
    public IReadOnlyList<string> Requests { get; init; } = [];
    public IReadOnlyList<string> Conditional { get; init; } = [];

    /// <summary>Past participles of ending ("cancelled", "opgezegd", "gekündigt"): a cancellation told as done, not declared.</summary>
    public IReadOnlyList<string> Done { get; init; } = [];

    /// <summary>A pause ("temporarily", "daarna weer bezorgen", "Urlaubsunterbrechung"): a stop beside it pauses the contract.</summary>
    public IReadOnlyList<string> Pause { get; init; } = [];

    /// <summary>An intention given up ("was going to cancel", "stond op het punt"): conditional alone, nothing beside staying.</summary>
    public IReadOnlyList<string> GivenUp { get; init; } = [];

    /// <summary>Staying a customer ("staying put", "ik blijf klant"): takes back a cancellation, or ends an intention given up.</summary>
    public IReadOnlyList<string> Staying { get; init; } = [];

    /// <summary>Standing by a decision to leave ("ik blijf bij mijn opzegging", "my decision stands"): a cancellation, and the staying words inside it stay nobody.</summary>
    public IReadOnlyList<string> StandingBy { get; init; } = [];

    /// <summary>An earlier message set aside ("ignore Tuesday's message", "vergeet dat maar"): beside staying, it is the cancellation taken back.</summary>
    public IReadOnlyList<string> EarlierMessage { get; init; } = [];

    /// <summary>Nothing was sent or done ("never sent it", "niet verstuurd", "nix abgeschickt"): ends an intention given up, as staying does.</summary>
    public IReadOnlyList<string> NotSent { get; init; } = [];

    /// <summary>All is well now ("passt jetzt", "the new plan is fine", "ik ga akkoord met het voorstel"): ends an intention given up, as staying does, and takes back nothing.</summary>
    public IReadOnlyList<string> Settled { get; init; } = [];

    /// <summary>"until", "tot", "bis" after staying: staying till an end is no staying ("ich bleibe bis Vertragsende").</summary>
    public IReadOnlyList<string> StayingLimits { get; init; } = [];
    public IReadOnlyList<string> ConditionalExceptions { get; init; } = [];
    public IReadOnlyList<string> Past { get; init; } = [];
    /// <summary>Someone else tells of ending their own contract ("she cancelled her contract").</summary>
    public IReadOnlyList<string> Reported { get; init; } = [];

    /// <summary>The sender wants to join us ("zu euch wechseln", "bij jullie beginnen"): a cancellation told beside it is with another company.</summary>
    public IReadOnlyList<string> JoiningUs { get; init; } = [];
    public IReadOnlyList<string> OptOutKeywords { get; init; } = [];

    /// <summary>Words after which a noun is not the thing cancelled: a channel ("per sms"), a time, a cause ("wegens").</summary>
    public IReadOnlyList<string> NotObjectPrepositions { get; init; } = [];

    /// <summary>Words tying a noun to the one before it: in "die Rufumleitung auf mein Festnetz" the line only says which forwarding.</summary>
    public IReadOnlyList<string> AttributePrepositions { get; init; } = [];

    /// <summary>Things other than a contract that people cancel, by category (appointment, order, newsletter, ...).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OtherObjects { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Cues per reason code (see Model.ReasonCodes).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reasons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that announce a reason; with no known reason cue the reason is "other".</summary>
    public IReadOnlyList<string> ReasonMarkers { get; init; } = [];

    public DatePhrases Dates { get; init; } = new();

    /// <summary>Labels such as "klantnummer" that precede an account number; earlier ranks (customer) beat later ones (contract).</summary>
    public IReadOnlyList<AccountLabel> AccountLabelPatterns { get; init; } = [];

    /// <summary>Case-sensitive regexes for bare account tokens ("AB-123456"), tried after the labelled ones.</summary>
    public IReadOnlyList<string> AccountTokenPatterns { get; init; } = [];

    /// <summary>The order or application a contract was made by ("Bestellnummer"): a cancellation's number when it names no other.</summary>
    public IReadOnlyList<string> OrderLabelPatterns { get; init; } = [];

    /// <summary>
    /// The digits as a caller says them, 0 to 9 in order ("nul", "een|één", ...): a voicemail transcript spells an
    /// account number out ("klantnummer vier vier twee negen één").
    /// </summary>
    public IReadOnlyList<string> SpokenDigits { get; init; } = [];

    /// <summary>Labels that mark a token as something else (order, invoice, IBAN ...), so it is not an account.</summary>
    public IReadOnlyList<string> NonAccountLabels { get; init; } = [];

    /// <summary>Yes and no in a short answer, and keep-words in the question it answers (see <see cref="AnswerReader"/>).</summary>
    public AnswerPhrases Answers { get; init; } = new();

    /// <summary>What mail clients write: reply prefixes, out-of-office subjects, read receipts (see <see cref="MailConventions"/>).</summary>
    public MailPhrases Mail { get; init; } = new();

    /// <summary>The safety net's lexicon: leaving cues and objects that are plainly not a contract.</summary>
    public SafetyNet.SafetyNetPhrases SafetyNet { get; init; } = new();
}
