"""The distributions the analysis needs, without scipy: normal quantiles, the chi-square upper
tail, and binomial probabilities of many stations at once."""

from __future__ import annotations

import math

import numpy as np


def normal_quantile(p: float) -> float:
    """The standard normal's p-quantile (Acklam's rational approximation, refined by one Halley
    step: about 1e-15 relative error)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be in (0, 1)")
    a = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
         1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00)
    b = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
         6.680131188771972e+01, -1.328068155288572e+01)
    c = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
         -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00)
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00)
    low = 0.02425
    if p < low:
        q = math.sqrt(-2 * math.log(p))
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    elif p <= 1 - low:
        q = p - 0.5
        r = q * q
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / \
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    else:
        q = math.sqrt(-2 * math.log(1 - p))
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    e = 0.5 * math.erfc(-x / math.sqrt(2)) - p  # one Halley step
    u = e * math.sqrt(2 * math.pi) * math.exp(x * x / 2)
    return x - u / (1 + x * u / 2)


def z_value(confidence: float) -> float:
    """The two-sided normal critical value: 1.96 for 0.95."""
    return normal_quantile(0.5 + confidence / 2)


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (Lentz's method, as Numerical
    Recipes' betacf)."""
    tiny, eps = 1e-300, 3e-16
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)), -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + aa * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + aa / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1) < eps:
            break
    return h


def beta_regularized(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularised incomplete beta function."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1 - front * _beta_fraction(b, a, 1 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` degrees of freedom."""
    tail = 0.5 * beta_regularized(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t >= 0 else tail


def t_value(confidence: float, df: int) -> float:
    """The two-sided critical value of Student's t: 12.71 for 0.95 and 1 degree of freedom,
    2.23 for 10, 1.96 in the limit. Found by bisection on t_cdf (to 1e-12)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    target = 0.5 + confidence / 2
    low, high = 0.0, 1.0
    while t_cdf(high, df) < target:
        high *= 2
    for _ in range(200):
        middle = (low + high) / 2
        if t_cdf(middle, df) < target:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2


def _gamma_q(a: float, x: float) -> float:
    """The regularised upper incomplete gamma Q(a, x) (series below a + 1, continued fraction
    above; Numerical Recipes' gammq)."""
    if x < 0 or a <= 0:
        raise ValueError("gamma_q needs x >= 0 and a > 0")
    if x == 0:
        return 1.0
    ln_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:  # series for P
        term = total = 1.0 / a
        n = a
        for _ in range(10_000):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return max(0.0, 1.0 - total * math.exp(ln_front))
    tiny = 1e-300  # Lentz's continued fraction for Q
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return min(1.0, math.exp(ln_front) * h)


def chi2_sf(statistic: float, df: int) -> float:
    """P(X >= statistic) for X chi-square with df degrees of freedom."""
    if statistic <= 0:
        return 1.0
    return _gamma_q(df / 2, statistic / 2)


_LOG_FACTORIALS = np.array([math.lgamma(k + 1) for k in range(256)])


def log_factorial(n: np.ndarray) -> np.ndarray:
    """ln(n!) for arrays of non-negative integers: exact below 256, Stirling's series above
    (error below 1e-12)."""
    n = np.asarray(n, dtype=np.float64)
    out = np.empty_like(n)
    small = n < 256
    out[small] = _LOG_FACTORIALS[n[small].astype(np.int64)]
    m = n[~small]
    out[~small] = (m * np.log(m) - m + 0.5 * np.log(2 * np.pi * m) + 1 / (12 * m)
                   - 1 / (360 * m ** 3) + 1 / (1260 * m ** 5))
    return out


def binomial_pmf(k: np.ndarray, n: np.ndarray, p: np.ndarray) -> np.ndarray:
    """P(X = k) for X ~ Binomial(n, p), elementwise (0 outside 0..n; p in [0, 1])."""
    k = np.asarray(k, dtype=np.float64)
    n = np.asarray(n, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    out = np.zeros(np.broadcast(k, n, p).shape)
    k, n, p = np.broadcast_arrays(k, n, p)
    inside = (k >= 0) & (k <= n)
    edge0 = inside & (p <= 0)
    edge1 = inside & (p >= 1)
    out[edge0] = (k[edge0] == 0).astype(float)
    out[edge1] = (k[edge1] == n[edge1]).astype(float)
    mid = inside & (p > 0) & (p < 1)
    kk, nn, pp = k[mid], n[mid], p[mid]
    log = (log_factorial(nn) - log_factorial(kk) - log_factorial(nn - kk)
           + kk * np.log(pp) + (nn - kk) * np.log1p(-pp))
    out[mid] = np.exp(log)
    return out
