// Fault tests start real hosts, PostgreSQL, Dovecot and smtp-sink and kill them: one at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
