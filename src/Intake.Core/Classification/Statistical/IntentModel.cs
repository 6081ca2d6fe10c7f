using Intake.Core.Model;

namespace Intake.Core.Classification.Statistical;

/// <summary>
/// A multinomial logistic regression over <see cref="TextFeatures"/>: the second reader beside the rules. It knows
/// nothing of phrase lists; it learnt from the labelled dev set which words and word pieces go with which intent.
/// </summary>
internal sealed class IntentModel
{
    /// <summary>The classes in weight order.</summary>
    public static readonly string[] Classes = [Intents.Cancel, Intents.Retract, Intents.Other, Intents.Unclear];

    private readonly float[] weights;

    public IntentModel(float[] weights)
    {
        if (weights.Length != Classes.Length * TextFeatures.Dimension) throw new ArgumentException("Weights have the wrong size.", nameof(weights));
        this.weights = weights;
    }

    public static int ClassIndex(string intent) => Array.IndexOf(Classes, intent);

    /// <summary>The probability of each class (in <see cref="Classes"/> order) for these features.</summary>
    public void Predict(List<int> features, Span<double> probabilities)
    {
        Scores(weights, features, probabilities);
        Softmax(probabilities);
    }

    public IntentProbabilities Predict(string text)
    {
        var features = new List<int>(512);
        TextFeatures.Extract(text, features);
        Span<double> p = stackalloc double[Classes.Length];
        Predict(features, p);
        return new IntentProbabilities(p[0], p[1], p[2], p[3]);
    }

    internal static void Scores(float[] weights, List<int> features, Span<double> scores)
    {
        var scale = 1.0 / Math.Sqrt(features.Count);
        for (var c = 0; c < scores.Length; c++)
        {
            var offset = c * TextFeatures.Dimension;
            var sum = 0.0;
            foreach (var f in features) sum += weights[offset + f];
            scores[c] = sum * scale;
        }
    }

    internal static void Softmax(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var total = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            total += scores[c];
        }

        for (var c = 0; c < scores.Length; c++) scores[c] /= total;
    }
}
