// One host and one Chromium at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
