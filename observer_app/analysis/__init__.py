"""Analysis of an election's results: paired comparison, sample-based tabulation (PVT), seats,
and forensics of the official results. Pure functions over numpy arrays (built from a
coordinator's database in one pass by observer_app.storage.arrays), returning small frozen
dataclasses; no I/O, no Qt, no SQL.

- compare.py: official against observed protocols at the same stations, paired differences with
  confidence intervals; the head-count against the official issued line;
- sample.py: a stratified random sample of stations drawn before election day (take-all stratum
  for stations far larger than their stratum's typical one);
- pvt.py: estimates from the sampled stations that reported, with margins of error (stratified
  ratio estimator, stations as clusters, linearised variance, finite-population correction);
- seats.py: threshold verdicts and seats by the largest-remainder (Hare) method;
- forensics.py: integer-percentage peaks against their binomial null, Shpilkin's anomalous
  votes, last-digit uniformity, the turnout x leader-share fingerprint;
- stats.py: the few distributions these need (normal quantiles, chi-square tail, binomial
  probabilities), so the app needs numpy only.

A figure that cannot be computed is None (JSON null), never 0; every estimate travels with its
interval and the stations behind it.
"""
