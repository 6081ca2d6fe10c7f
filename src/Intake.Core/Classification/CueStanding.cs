namespace Intake.Core.Classification;

/// <summary>What the surrounding words do to a cancellation cue.</summary>
internal enum CueStanding
{
    /// <summary>The cue stands: the customer declares it.</summary>
    Valid,
    /// <summary>Part of a retraction ("withdraw my cancellation"), which outranks it.</summary>
    Consumed,
    /// <summary>Its object is something else: an appointment, an order, a newsletter.</summary>
    OtherObject,
    Negated,
    /// <summary>Says the customer cancelled before; someone should look at what happened.</summary>
    Past,
    /// <summary>Someone else cancelled their own contract ("mijn buurman heeft zijn abonnement opgezegd"): not this customer's.</summary>
    Reported,
    Conditional,
    Question,
}
