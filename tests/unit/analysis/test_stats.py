"""analysis/stats.py against known values (issue 13)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from observer_app.analysis.stats import (binomial_pmf, chi2_sf, log_factorial, normal_quantile, t_cdf, t_value,
                                         z_value)


@pytest.mark.parametrize("p, x", [(0.975, 1.959963984540054), (0.995, 2.5758293035489004),
                                  (0.5, 0.0), (0.001, -3.090232306167813), (0.9999, 3.719016485455709)])
def test_normal_quantiles(p, x):
    assert normal_quantile(p) == pytest.approx(x, abs=1e-12)


def test_z_values_of_the_two_confidences():
    assert (round(z_value(0.95), 4), round(z_value(0.99), 4)) == (1.96, 2.5758)


@pytest.mark.parametrize("statistic, df, p", [(16.918977604620448, 9, 0.05), (21.665994333461924, 9, 0.01),
                                              (9.0, 9, 0.43727418), (0.5, 9, 0.99998), (100.0, 9, 1.5735e-17)])
def test_chi_square_tail(statistic, df, p):
    assert chi2_sf(statistic, df) == pytest.approx(p, rel=1e-3, abs=1e-19)


def test_log_factorials_exact_and_by_stirling():
    n = np.array([0, 1, 5, 255, 256, 1000, 172_000])
    assert log_factorial(n) == pytest.approx([math.lgamma(k + 1) for k in n], rel=1e-13)


def test_binomial_probabilities_are_the_binomials():
    for n, p in ((10, 0.3), (1713, 0.62), (172_000, 0.96)):
        k = np.arange(n + 1) if n < 2000 else np.arange(int(n * p) - 500, int(n * p) + 500)
        pmf = binomial_pmf(k, np.full(len(k), n), np.full(len(k), p))
        if n < 2000:
            assert pmf.sum() == pytest.approx(1, abs=1e-10)
            assert pmf[3] == pytest.approx(math.comb(n, 3) * p ** 3 * (1 - p) ** (n - 3), rel=1e-10)
        else:
            assert pmf.sum() == pytest.approx(1, abs=1e-6)
    assert list(binomial_pmf(np.array([0, 1, 5]), np.array([5, 5, 5]), np.array([0.0, 1.0, 1.0]))) == [1, 0, 1]


@pytest.mark.parametrize("confidence, df, t", [(0.95, 1, 12.7062), (0.95, 2, 4.3027), (0.95, 5, 2.5706),
                                               (0.95, 10, 2.2281), (0.95, 30, 2.0423), (0.99, 1, 63.6567),
                                               (0.99, 4, 4.6041), (0.99, 120, 2.6174)])
def test_student_t_critical_values_as_the_tables_give_them(confidence, df, t):
    assert t_value(confidence, df) == pytest.approx(t, abs=1e-4)


def test_student_t_tends_to_the_normal_and_its_cdf_is_symmetric():
    assert t_value(0.95, 100_000) == pytest.approx(z_value(0.95), abs=1e-4)
    for df in (1, 3, 17):
        assert t_cdf(0.0, df) == pytest.approx(0.5)
        assert t_cdf(-1.3, df) + t_cdf(1.3, df) == pytest.approx(1.0)
    assert t_cdf(1.0, 1) == pytest.approx(0.75)  # Cauchy: 1/2 + atan(1)/pi
