namespace Intake.Core.Classification.Statistical;

/// <summary>
/// Calibrates the model's "other" probability on the dev set by k-fold cross-validation: each message is scored by
/// a model that never saw it, so the figures say how the model does on wording it has not learnt.
/// </summary>
public static class ModelCalibration
{
    /// <summary>One dev-set message (the text as classified): its label, and from a model trained without it the probabilities of "other", of a declaration (cancel or retract) and of a cancellation.</summary>
    public sealed record Score(string Text, string Intent, double Other, double Declaration, double Cancel);

    /// <summary>A score with the message as received (quoted history included), for filing it as the pipeline would.</summary>
    public sealed record Message(Score Score, string Whole);

    public static IReadOnlyList<Message> OutOfFoldMessages(PhraseBook phrases, string trainingDirectory, int folds = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var examples = TrainingSet.LoadDirectory(trainingDirectory, new MailConventions(phrases));
        var scores = new List<Message>(examples.Count);
        for (var fold = 0; fold < folds; fold++)
        {
            var model = IntentModelTrainer.Train(examples.Where((_, i) => i % folds != fold).ToArray());
            scores.AddRange(examples.Where((_, i) => i % folds == fold).Select(e => model.Predict(e.Text) is var p ? new Message(new Score(e.Text, e.Intent, p.Other, p.Cancel + p.Retract, p.Cancel), e.Whole) : null!));
        }

        return scores;
    }
}
