namespace Intake.Core.Classification.Statistical;

/// <summary>
/// Trains <see cref="IntentModel"/> by stochastic gradient descent with L2 shrinkage, in a fixed order (a seeded
/// shuffle), so the same examples always give the same model. A few hundred examples take well under a second.
/// </summary>
internal static class IntentModelTrainer
{
    private const int Epochs = 40;
    private const double LearningRate = 0.8;
    private const double L2 = 1e-5;
    private const int Seed = 20261205;

    public static IntentModel Train(IReadOnlyList<LabelledText> examples)
    {
        var data = examples.Select(e =>
        {
            var features = new List<int>(512);
            TextFeatures.Extract(e.Text, features);
            return (Features: features, Label: IntentModel.ClassIndex(e.Intent));
        }).Where(e => e.Label >= 0).ToArray();
        var classes = IntentModel.Classes.Length;
        var weights = new float[classes * TextFeatures.Dimension];
        var order = Enumerable.Range(0, data.Length).ToArray();
        var random = new Random(Seed);
        Span<double> p = stackalloc double[classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + epoch * 0.1);
            foreach (var index in order)
            {
                var (features, label) = data[index];
                IntentModel.Scores(weights, features, p);
                IntentModel.Softmax(p);
                var scale = 1.0 / Math.Sqrt(features.Count);
                for (var c = 0; c < classes; c++)
                {
                    var gradient = (p[c] - (c == label ? 1.0 : 0.0)) * scale;
                    var offset = c * TextFeatures.Dimension;
                    foreach (var f in features)
                    {
                        var w = weights[offset + f];
                        weights[offset + f] = (float)(w - rate * (gradient + L2 * w));
                    }
                }
            }
        }

        return new IntentModel(weights);
    }
}
