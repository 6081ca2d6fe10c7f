// Each test starts a whole host (Hangfire server, pollers) on a 2-core machine: one at a time keeps them honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
