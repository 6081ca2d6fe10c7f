namespace Intake.Core.Classification;

/// <summary>What a matched phrase says about a message.</summary>
internal enum CueCategory
{
    /// <summary>An explicit cancellation word: opzeggen, cancel, kündigen.</summary>
    Cancel,
    /// <summary>A softer verb that declares a cancellation only together with a contract: stop my subscription.</summary>
    CancelWithObject,
    /// <summary>Might be leaving, might be something else: "ik wil stoppen", "unsubscribe".</summary>
    Weak,
    /// <summary>"stoppen", "quit": vague alone, a cancellation next to a time ("ik wil per 1 december stoppen").</summary>
    StopVerb,
    /// <summary>About cancelling without declaring it: notice period, cancellation fee.</summary>
    Topic,
    /// <summary>Thanks for a confirmation we sent ("bevestiging van mijn opzegging ontvangen"): not a new declaration.</summary>
    Acknowledgement,
    Withdrawal,
    WithdrawalContext,
    Extraordinary,
    ExtraordinaryContext,
    /// <summary>"weeks without signal", "niet komen opdagen", "ständige Ausfälle": a serious failure of the service; ended with immediate effect because of it, a cancellation for cause.</summary>
    ServiceFailure,
    /// <summary>"with immediate effect", "per direct", "ab sofort": ended now, not merely at the soonest date ("zum nächstmöglichen Zeitpunkt").</summary>
    ImmediateEffect,
    /// <summary>"at the next renewal", "einde looptijd", "fristgerecht": the regular end, with no special right used.</summary>
    RegularEnd,
    /// <summary>"switch to the family plan", "overstappen naar het kleinere pakket": a switch within our plans.</summary>
    PlanChange,
    Retract,
    /// <summary>"staying put", "ik blijf klant": a retraction, unless every leaving cue was only an intention given up.</summary>
    Staying,
    /// <summary>"ich bleibe bei meiner Kündigung", "I'm sticking with my cancellation": the decision to leave stands; nobody stays.</summary>
    StandingBy,
    StayingLimit,
    /// <summary>"temporarily", "daarna weer bezorgen": a stop told beside it pauses the contract.</summary>
    Pause,
    /// <summary>"cancelled", "opgezegd", "gekündigt": told as done; beside joining us, done with another company.</summary>
    Done,
    /// <summary>"was going to", "stond op het punt", "wollte eigentlich": an intention the customer gave up.</summary>
    GivenUp,
    /// <summary>"never sent it", "de brief is niet verstuurd", "hab nix abgeschickt": beside an intention given up, nothing was ended.</summary>
    NotSent,
    /// <summary>"ignore my message of Tuesday", "vergeet dat maar": an earlier message set aside; beside staying, a cancellation taken back.</summary>
    EarlierMessage,
    /// <summary>"passt jetzt", "the new plan is fine": beside an intention given up, all is well and nothing was ended.</summary>
    Settled,
    Negation,
    /// <summary>"ich", "ik", "I": right after a negation, a new subject starts a new clause ("ich will die doch nicht ich möchte widerrufen").</summary>
    Subject,
    Question,
    SelfQuestion,
    /// <summary>"Would it be possible to", "kan ik", "ist es möglich": with a time named for it, a request to do it.</summary>
    PossibilityQuestion,
    /// <summary>"hoe gaat dat?", "what do I need to do?" after a declaration: asks how it is done, not whether.</summary>
    FollowUpQuestion,
    /// <summary>"of kan ik", "or was that", "oder muss ich": a question offering alternatives; a cue before it in a sentence ending in "?" is asked.</summary>
    AlternativeQuestion,
    /// <summary>"take me off your books", "stuur geen rekeningen meer": an instruction to stop what the contract does.</summary>
    EndInstruction,
    /// <summary>"gebucht", "geboekt", "booked": a booking named, so a vague cancelling word beside it ends a contract.</summary>
    Booking,
    /// <summary>"but", "maar", "aber": a turn in what the customer tells.</summary>
    Contrast,
    /// <summary>The contract, or the rest of it, goes on ("der Vertrag läuft natürlich weiter"): what ends beside it is a part.</summary>
    Continues,
    /// <summary>"dat is bevestigd", "ihr habt das bestätigt": the cancellation told of beside it was confirmed; the message is about something else.</summary>
    ConfirmedEnd,
    /// <summary>"abgebucht", "charged", "turned up": what should have stopped goes on.</summary>
    StillRunning,
    Request,
    Conditional,
    ConditionalException,
    Past,
    Reported,
    /// <summary>"I'd like to switch to you", "ich möchte zu euch wechseln": what is cancelled is elsewhere.</summary>
    JoiningUs,
    OptOut,
    NotObjectPreposition,
    /// <summary>"auf", "naar", "to" between another object and a contract: "call forwarding to my landline".</summary>
    AttributePreposition,
    ContractObject,
    OtherObject,
    Reason,
    ReasonMarker,
    Immediate,
    EndOfMonth,
    NextMonth,
    EndOfNextMonth,
    EndOfYear,
    Tomorrow,
    MonthName,
    DatePreposition,
}
