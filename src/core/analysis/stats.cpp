#include "core/analysis/stats.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <type_traits>

#include "core/stable_order.hpp"

namespace painlink::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double lchoose(int n, int k) {
  return std::lgamma(static_cast<double>(n) + 1.0) - std::lgamma(static_cast<double>(k) + 1.0) -
         std::lgamma(static_cast<double>(n - k) + 1.0);
}

// Continued fraction for the incomplete beta (modified Lentz).
double beta_continued_fraction(double a, double b, double x) {
  constexpr int kMaxIterations = 400;
  constexpr double kEps = 1e-15;
  constexpr double kTiny = 1e-300;
  const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
  double c = 1.0;
  double d = 1.0 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= kMaxIterations; ++m) {
    const double dm = static_cast<double>(m);
    const double m2 = 2.0 * dm;
    double aa = dm * (b - dm) * x / ((qam + m2) * (a + m2));
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    h *= d * c;
    aa = -(a + dm) * (qab + dm) * x / ((a + m2) * (qap + m2));
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double del = d * c;
    h *= del;
    if (std::fabs(del - 1.0) < kEps) break;
  }
  return h;
}

template <class T>
bool valid(T v) {
  if constexpr (std::is_floating_point_v<T>) {
    return std::isfinite(v);
  } else {
    return v >= 0;
  }
}

// Centred copy of the series (missing -> 0) and a 0/1 validity mask; mean and variance over the
// valid values. Returns false when the series has fewer than 2 values or no variance.
template <class T>
bool centre(std::span<const T> x, std::vector<double>& centred, std::vector<double>& mask, double& var) {
  const std::size_t n = x.size();
  centred.assign(n, 0.0);
  mask.assign(n, 0.0);
  double sum = 0.0;
  int count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!valid(x[i])) continue;
    mask[i] = 1.0;
    sum += static_cast<double>(x[i]);
    ++count;
  }
  if (count < 2) return false;
  const double mean = sum / count;
  var = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (mask[i] == 0.0) continue;
    centred[i] = static_cast<double>(x[i]) - mean;
    var += centred[i] * centred[i];
  }
  var /= count;
  return var > 1e-12;
}

// Autocorrelation at one lag from the centred series: missing values are 0 in `c` and in `m`,
// so the sums need no branches.
double lagged(const std::vector<double>& c, const std::vector<double>& m, double var, int lag) {
  const std::size_t n = c.size(), k = static_cast<std::size_t>(lag);
  if (lag <= 0 || k >= n) return 0.0;
  double cross = 0.0, pairs = 0.0;
  for (std::size_t i = 0; i + k < n; ++i) {
    cross += c[i] * c[i + k];
    pairs += m[i] * m[i + k];
  }
  if (pairs <= 0.0) return 0.0;
  return std::clamp((cross / pairs) / var, -1.0, 1.0);
}

template <class T>
double autocorrelation_impl(std::span<const T> x, int lag) {
  std::vector<double> c, m;
  double var = 0.0;
  if (!centre(x, c, m, var)) return 0.0;
  return lagged(c, m, var, lag);
}

template <class T>
Acf acf_impl(std::span<const T> x) {
  Acf out;
  for (const T v : x) out.n += static_cast<int>(valid(v));
  std::vector<double> c, m;
  double var = 0.0;
  if (!centre(x, c, m, var)) return out;
  const int lags = design_effect_lags(out.n);
  for (int k = 1; k <= lags; ++k)
    if (acf_lag_weight(k) > 0) out.r[k - 1] = lagged(c, m, var, k);
  return out;
}

// Restricted (RR = theta) maximum-likelihood risks of one stratum (Miettinen & Nurminen 1985):
// p0 is the smaller root of N theta p^2 - (n1 theta + a + n0 + c theta) p + (a + c) = 0.
void restricted_risks(double a, double c, double n1, double n0, double theta, double& p1, double& p0) {
  const double qa = (n1 + n0) * theta, qb = -(n1 * theta + a + n0 + c * theta), qc = a + c;
  const double disc = std::max(0.0, qb * qb - 4.0 * qa * qc);
  p0 = (-qb - std::sqrt(disc)) / (2.0 * qa);
  p0 = std::clamp(p0, 0.0, 1.0);
  p1 = std::clamp(theta * p0, 0.0, 1.0);
}

// Z(theta) of the stratified score statistic (stats.hpp), not yet divided by sqrt(deff).
double score_z(std::span<const TwoByTwo> strata, double theta) {
  double num = 0.0, den = 0.0;
  for (const TwoByTwo& t : strata) {
    const double n1 = t.exposed(), n0 = t.unexposed(), n = n1 + n0;
    if (n1 <= 0.0 || n0 <= 0.0 || n < 2.0) continue;
    const double w = n1 * n0 / n;
    double p1 = 0.0, p0 = 0.0;
    restricted_risks(t.a, t.c, n1, n0, theta, p1, p0);
    num += w * (t.a / n1 - theta * t.c / n0);
    den += w * w * (p1 * (1.0 - p1) / n1 + theta * theta * p0 * (1.0 - p0) / n0) * n / (n - 1.0);
  }
  if (!(den > 0.0)) return num > 0.0 ? std::numeric_limits<double>::infinity()
                                     : (num < 0.0 ? -std::numeric_limits<double>::infinity() : kNaN);
  return num / std::sqrt(den);
}

}  // namespace

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

double normal_quantile(double p) {
  if (!(p > 0.0 && p < 1.0)) return kNaN;
  if (p == 0.5) return 0.0;
  constexpr double kPi = 3.14159265358979323846;
  const double tail = std::min(p, 1.0 - p);
  // Start from the tail approximation sqrt(-2 ln tail), then Newton on the exact tail.
  double z = std::sqrt(-2.0 * std::log(tail));
  z -= (2.515517 + 0.802853 * z + 0.010328 * z * z) / (1.0 + 1.432788 * z + 0.189269 * z * z + 0.001308 * z * z * z);
  for (int i = 0; i < 8; ++i) {
    const double f = 0.5 * std::erfc(z / std::sqrt(2.0)) - tail;
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * kPi);
    const double step = f / pdf;
    z += step;
    if (std::fabs(step) < 1e-14) break;
  }
  return p < 0.5 ? -z : z;
}

double two_sided_p_from_z(double z) {
  if (std::isnan(z)) return kNaN;
  return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

double incomplete_beta(double x, double a, double b) {
  if (!(a > 0.0) || !(b > 0.0) || std::isnan(x)) return kNaN;
  if (x <= 0.0) return 0.0;
  if (x >= 1.0) return 1.0;
  const double front =
      std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
  if (x < (a + 1.0) / (a + b + 2.0)) return front * beta_continued_fraction(a, b, x) / a;
  return 1.0 - front * beta_continued_fraction(b, a, 1.0 - x) / b;
}

double student_t_two_sided_p(double t, double df) {
  if (std::isnan(t) || !(df > 0.0)) return kNaN;
  if (std::isinf(t)) return 0.0;
  return incomplete_beta(df / (df + t * t), df / 2.0, 0.5);
}

double student_t_quantile(double p, double df) {
  if (!(p > 0.0 && p < 1.0) || !(df > 0.0)) return kNaN;
  if (p == 0.5) return 0.0;
  constexpr double kPi = 3.14159265358979323846;
  if (df == 1.0) return std::tan(kPi * (p - 0.5));
  if (df == 2.0) return (2.0 * p - 1.0) / std::sqrt(2.0 * p * (1.0 - p));
  const bool upper = p > 0.5;
  const double tail = upper ? 1.0 - p : p;  // P(T > t) for the t > 0 we look for
  // Start: normal quantile (Acklam-free: Newton on erfc from a rough guess) with the
  // Cornish-Fisher expansion (Abramowitz & Stegun 26.7.5), then Newton on the exact t CDF.
  double z = std::sqrt(-2.0 * std::log(tail));
  for (int i = 0; i < 6; ++i) {  // Newton on the upper normal tail
    const double f = 0.5 * std::erfc(z / std::sqrt(2.0)) - tail;
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * kPi);
    z += f / pdf;
  }
  const double z3 = z * z * z, z5 = z3 * z * z;
  double t = z + (z3 + z) / (4.0 * df) + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * df * df);
  const double log_norm = std::lgamma((df + 1.0) / 2.0) - std::lgamma(df / 2.0) - 0.5 * std::log(df * kPi);
  for (int i = 0; i < 20; ++i) {
    const double f = 0.5 * student_t_two_sided_p(t, df) - tail;  // upper tail minus target
    const double pdf = std::exp(log_norm - (df + 1.0) / 2.0 * std::log1p(t * t / df));
    const double step = f / pdf;
    t += step;
    if (std::fabs(step) < 1e-13 * std::max(1.0, std::fabs(t))) break;
  }
  return upper ? t : -t;
}

RiskRatio risk_ratio(const TwoByTwo& t, double design_effect) {
  RiskRatio out;
  if (t.exposed() == 0 || t.unexposed() == 0) {
    out.rr = out.ci_low = out.ci_high = out.log_se = kNaN;
    return out;
  }
  double a = t.a, b = t.b, c = t.c, d = t.d;
  if (t.a == 0 || t.b == 0 || t.c == 0 || t.d == 0) {
    a += 0.5;
    b += 0.5;
    c += 0.5;
    d += 0.5;
    out.corrected = true;
  }
  const double n1 = a + b, n0 = c + d;
  out.rr = (a / n1) / (c / n0);
  const double deff = std::max(1.0, std::isfinite(design_effect) ? design_effect : 1.0);
  out.log_se = std::sqrt(std::max(0.0, 1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n0)) * std::sqrt(deff);
  const double l = std::log(out.rr);
  out.ci_low = std::exp(l - kZ975 * out.log_se);
  out.ci_high = std::exp(l + kZ975 * out.log_se);
  return out;
}

double min_expected_count(const TwoByTwo& t) {
  const double n = t.total();
  if (n <= 0) return 0.0;
  const double r1 = t.exposed(), r0 = t.unexposed(), c1 = t.events(), c0 = n - c1;
  return std::min({r1 * c1, r1 * c0, r0 * c1, r0 * c0}) / n;
}

double fisher_exact_two_sided(const TwoByTwo& t) {
  const int n1 = t.exposed(), n0 = t.unexposed(), m1 = t.events(), n = t.total();
  if (n == 0) return 1.0;
  const int lo = std::max(0, m1 - n0), hi = std::min(n1, m1);
  const double base = lchoose(n, m1);
  auto logp = [&](int x) { return lchoose(n1, x) + lchoose(n0, m1 - x) - base; };
  const double observed = logp(t.a) + std::log1p(1e-7);
  double p = 0.0;
  for (int x = lo; x <= hi; ++x) {
    const double lp = logp(x);
    if (lp <= observed) p += std::exp(lp);
  }
  return std::min(1.0, p);
}

RiskRatioTest test_risk_ratio(const TwoByTwo& t, double design_effect) {
  RiskRatioTest out;
  out.estimate = risk_ratio(t, design_effect);
  if (!std::isfinite(out.estimate.rr) || !(out.estimate.log_se > 0.0)) {
    out.p_value = kNaN;
    return out;
  }
  const double wald = two_sided_p_from_z(std::log(out.estimate.rr) / out.estimate.log_se);
  if (min_expected_count(t) < 5.0) {
    out.used_fisher = true;
    out.p_value = std::max(wald, fisher_exact_two_sided(t));
  } else {
    out.p_value = wald;
  }
  return out;
}

ScoreRiskRatio score_risk_ratio(std::span<const TwoByTwo> strata, double design_effect, double z_crit) {
  ScoreRiskRatio out;
  const double deff = std::max(1.0, std::isfinite(design_effect) ? design_effect : 1.0);
  const double scale = 1.0 / std::sqrt(deff);
  // Mantel-Haenszel RR and the pooled table.
  double mh_num = 0.0, mh_den = 0.0;
  TwoByTwo pooled;
  for (const TwoByTwo& t : strata) {
    pooled.a += t.a;
    pooled.b += t.b;
    pooled.c += t.c;
    pooled.d += t.d;
    const double n = t.total();
    if (t.exposed() == 0 || t.unexposed() == 0) continue;
    mh_num += t.a * static_cast<double>(t.unexposed()) / n;
    mh_den += t.c * static_cast<double>(t.exposed()) / n;
  }
  const double z1 = score_z(strata, 1.0);
  if (!std::isfinite(z1) || (mh_num <= 0.0 && mh_den <= 0.0)) {
    out.rr = out.ci_low = out.ci_high = out.p_value = out.z = kNaN;
    return out;
  }
  out.z = z1 * scale;
  out.p_value = two_sided_p_from_z(out.z);
  if (mh_num > 0.0 && mh_den > 0.0) {
    out.rr = mh_num / mh_den;
  } else {
    out.rr = risk_ratio(pooled).rr;
    out.corrected = true;
  }
  // Z(theta) decreases in theta: bisection on ln theta for Z = +z_crit (lower bound) and
  // Z = -z_crit (upper bound). A side whose Z never reaches the target within RR 1e-4..1e4 is open
  // (0 or +inf): with no outcome among the unexposed, Z stays positive for every theta.
  constexpr double kLogRange = 9.21;
  const double z_min = score_z(strata, std::exp(-kLogRange)) * scale;
  const double z_max = score_z(strata, std::exp(kLogRange)) * scale;
  auto solve = [&](double target) {
    double lo = -kLogRange, hi = kLogRange;
    for (int i = 0; i < 60 && hi - lo > 1e-9; ++i) {
      const double mid = 0.5 * (lo + hi);
      if (score_z(strata, std::exp(mid)) * scale > target)
        lo = mid;
      else
        hi = mid;
    }
    return std::exp(0.5 * (lo + hi));
  };
  constexpr double kInf = std::numeric_limits<double>::infinity();
  if (!(z_min > z_crit))
    out.ci_low = 0.0;
  else if (!(z_max < z_crit))
    out.ci_low = std::exp(kLogRange);
  else
    out.ci_low = solve(z_crit);
  if (!(z_max < -z_crit))
    out.ci_high = kInf;
  else if (!(z_min > -z_crit))
    out.ci_high = std::exp(-kLogRange);
  else
    out.ci_high = solve(-z_crit);
  return out;
}

double minimum_detectable_rr(double n1, double n0, double p0, double design_effect, double alpha, double power) {
  if (!(n1 > 0.0) || !(n0 > 0.0) || !(p0 > 0.0 && p0 < 1.0) || !(alpha > 0.0 && alpha < 1.0)) return kNaN;
  const double deff = std::max(1.0, std::isfinite(design_effect) ? design_effect : 1.0);
  const double za = normal_quantile(1.0 - alpha / 2.0);
  // Power of the score test at RR: difference p1 - p0 against its null SD (pooled risk) and its SD
  // under the alternative, both inflated by the design effect.
  auto achieved = [&](double rr) {
    const double p1 = rr * p0, pbar = (n1 * p1 + n0 * p0) / (n1 + n0);
    const double sd0 = std::sqrt(deff * pbar * (1.0 - pbar) * (1.0 / n1 + 1.0 / n0));
    const double sd1 = std::sqrt(deff * (p1 * (1.0 - p1) / n1 + p0 * (1.0 - p0) / n0));
    return normal_cdf(((p1 - p0) - za * sd0) / std::max(sd1, 1e-12));
  };
  const double rr_max = 1.0 / p0;
  if (achieved(rr_max) < power) return kNaN;
  double lo = 1.0, hi = rr_max;
  for (int i = 0; i < 60 && hi - lo > 1e-7 * hi; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (achieved(mid) >= power)
      hi = mid;
    else
      lo = mid;
  }
  return hi;
}

void fisher_z_ci(double r, double n_effective, double& lo, double& hi, double z_crit) {
  if (!std::isfinite(r) || !(n_effective > 3.0)) {
    lo = hi = kNaN;
    return;
  }
  const double z = std::atanh(std::clamp(r, -0.9999999, 0.9999999));
  const double se = 1.0 / std::sqrt(n_effective - 3.0);
  lo = std::tanh(z - z_crit * se);
  hi = std::tanh(z + z_crit * se);
}

void PearsonAccumulator::add(double x, double y) {
  ++n_;
  sx_ += x;
  sy_ += y;
  sxx_ += x * x;
  syy_ += y * y;
  sxy_ += x * y;
}

Correlation PearsonAccumulator::result(double design_effect) const {
  Correlation out;
  out.n = n_;
  const double deff = std::max(1.0, std::isfinite(design_effect) ? design_effect : 1.0);
  out.n_effective = n_ / deff;
  if (n_ < 3) {
    out.r = out.ci_low = out.ci_high = kNaN;
    return out;
  }
  const double n = n_;
  const double vx = sxx_ - sx_ * sx_ / n, vy = syy_ - sy_ * sy_ / n, cov = sxy_ - sx_ * sy_ / n;
  if (!(vx > 1e-12) || !(vy > 1e-12)) {
    out.r = out.ci_low = out.ci_high = kNaN;
    return out;
  }
  out.r = std::clamp(cov / std::sqrt(vx * vy), -1.0, 1.0);
  fisher_z_ci(out.r, out.n_effective, out.ci_low, out.ci_high);
  return out;
}

Correlation pearson(std::span<const double> x, std::span<const double> y, double design_effect) {
  PearsonAccumulator acc;
  const std::size_t n = std::min(x.size(), y.size());
  for (std::size_t i = 0; i < n; ++i) acc.add(x[i], y[i]);
  return acc.result(design_effect);
}

std::vector<double> mid_ranks(std::span<const double> v) {
  const std::vector<std::size_t> order = stable_order(v.size(), [&](std::size_t i, std::size_t j) { return v[i] < v[j]; });
  std::vector<double> ranks(v.size());
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i;
    while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
    const double r = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = r;
    i = j + 1;
  }
  return ranks;
}

Correlation spearman(std::span<const double> x, std::span<const double> y, double design_effect) {
  const std::size_t n = std::min(x.size(), y.size());
  const std::vector<double> rx = mid_ranks(x.subspan(0, n)), ry = mid_ranks(y.subspan(0, n));
  return pearson(rx, ry, design_effect);
}

std::vector<double> benjamini_hochberg(std::span<const double> p) {
  std::vector<double> q(p.size(), kNaN);
  std::vector<std::size_t> idx;
  idx.reserve(p.size());
  for (std::size_t i = 0; i < p.size(); ++i)
    if (std::isfinite(p[i])) idx.push_back(i);
  if (idx.empty()) return q;
  stable_sort_by(idx, [&](std::size_t i, std::size_t j) { return p[i] < p[j]; });
  const double m = static_cast<double>(idx.size());
  double running = 1.0;
  for (std::size_t k = idx.size(); k-- > 0;) {
    const double rank = static_cast<double>(k + 1);
    running = std::min(running, p[idx[k]] * m / rank);
    q[idx[k]] = std::min(1.0, running);
  }
  return q;
}

double autocorrelation(std::span<const float> x, int lag) { return autocorrelation_impl(x, lag); }
double autocorrelation(std::span<const std::int8_t> x, int lag) { return autocorrelation_impl(x, lag); }
Acf acf(std::span<const float> x) { return acf_impl(x); }

// Yes/no series (-1 unknown, 0, 1): the same estimator as autocorrelation_impl, from integer
// sums over bit sets. With m the mean over valid days and P pairs at lag k:
//   sum over pairs of (x_i - m)(x_j - m) = S11 - m (S1. + S.1) + m^2 P,  variance = m (1 - m).
Acf acf(std::span<const std::int8_t> x) {
  Acf out;
  const std::size_t n = x.size();
  const std::int8_t* v = x.data();
  int valid = 0, ones = 0;
  for (std::size_t i = 0; i < n; ++i) {
    valid += static_cast<int>(v[i] >= 0);
    ones += static_cast<int>(v[i] > 0);
  }
  out.n = valid;
  if (valid < 2) return out;
  const double m = static_cast<double>(ones) / valid;
  const double var = m * (1.0 - m);
  if (!(var > 1e-12)) return out;
  // Bit sets of the known days and the "yes" days: the pair counts at lag k are popcounts of
  // one set ANDed with the other shifted by k (64 days per operation; up to ~80 lags per series).
  const std::size_t words = n / 64 + 2;
  std::vector<std::uint64_t> known(words, 0), yes(words, 0);
  for (std::size_t i = 0; i < n; ++i) {
    known[i / 64] |= static_cast<std::uint64_t>(v[i] >= 0) << (i % 64);
    yes[i / 64] |= static_cast<std::uint64_t>(v[i] > 0) << (i % 64);
  }
  // Word j of (bits >> k): bit i of the result is bit i + k of the input.
  auto shifted = [&](const std::vector<std::uint64_t>& bits, std::size_t j, std::size_t k) -> std::uint64_t {
    const std::size_t w = j + k / 64, b = k % 64;
    const std::uint64_t lo = w < words ? bits[w] >> b : 0;
    const std::uint64_t hi = (b != 0 && w + 1 < words) ? bits[w + 1] << (64 - b) : 0;
    return lo | hi;
  };
  const int lags = design_effect_lags(valid);
  for (int k = 1; k <= lags; ++k) {
    if (acf_lag_weight(k) == 0) continue;
    const std::size_t lag = static_cast<std::size_t>(k);
    if (lag >= n) break;
    int pairs = 0, s1 = 0, s2 = 0, s11 = 0;
    for (std::size_t j = 0; j < words; ++j) {
      const std::uint64_t k_later = shifted(known, j, lag), y_later = shifted(yes, j, lag);
      pairs += std::popcount(known[j] & k_later);
      s1 += std::popcount(yes[j] & k_later);
      s2 += std::popcount(known[j] & y_later);
      s11 += std::popcount(yes[j] & y_later);
    }
    if (pairs == 0) continue;
    const double cross = s11 - m * (s1 + s2) + m * m * pairs;
    out.r[k - 1] = std::clamp((cross / pairs) / var, -1.0, 1.0);
  }
  return out;
}

int design_effect_lags(int n) { return std::clamp(n / 2, kAcfMinLag, kAcfMaxLag); }

double design_effect(const Acf& x, const Acf& y) {
  const int lags = design_effect_lags(std::min(x.n, y.n));
  double s = 0.0;
  for (int k = 1; k <= lags; ++k) s += acf_lag_weight(k) * x.r[k - 1] * y.r[k - 1];
  return std::max(1.0, 1.0 + 2.0 * s);
}

MeanCi mean_ci(std::span<const double> v) {
  MeanCi out;
  out.n = static_cast<int>(v.size());
  if (v.empty()) {
    out.mean = out.ci_low = out.ci_high = kNaN;
    return out;
  }
  const double n = static_cast<double>(v.size());
  out.mean = std::accumulate(v.begin(), v.end(), 0.0) / n;
  if (v.size() < 2) {
    out.ci_low = out.ci_high = kNaN;
    return out;
  }
  double ss = 0.0;
  for (const double x : v) ss += (x - out.mean) * (x - out.mean);
  const double se = std::sqrt(ss / (n - 1.0) / n);
  const double tq = student_t_quantile(0.975, n - 1.0);
  out.ci_low = out.mean - tq * se;
  out.ci_high = out.mean + tq * se;
  return out;
}

Slope linear_slope(std::span<const double> x, std::span<const double> y) {
  Slope out;
  const std::size_t count = std::min(x.size(), y.size());
  out.n = static_cast<int>(count);
  if (count < 3) {
    out.slope = out.ci_low = out.ci_high = out.intercept = kNaN;
    return out;
  }
  const double n = static_cast<double>(count);
  double mx = 0.0, my = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  double sxx = 0.0, sxy = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    sxx += (x[i] - mx) * (x[i] - mx);
    sxy += (x[i] - mx) * (y[i] - my);
  }
  if (!(sxx > 1e-12)) {
    out.slope = out.ci_low = out.ci_high = out.intercept = kNaN;
    return out;
  }
  out.slope = sxy / sxx;
  out.intercept = my - out.slope * mx;
  double sse = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    const double e = y[i] - (out.intercept + out.slope * x[i]);
    sse += e * e;
  }
  const double se = std::sqrt(sse / (n - 2.0) / sxx);
  out.df = n - 2.0;
  const double tq = student_t_quantile(0.975, out.df);
  out.ci_low = out.slope - tq * se;
  out.ci_high = out.slope + tq * se;
  return out;
}

Slope linear_slope_ar1(std::span<const double> x, std::span<const double> y) {
  Slope out = linear_slope(x, y);
  if (!std::isfinite(out.slope)) return out;
  const std::size_t count = std::min(x.size(), y.size());
  const double n = static_cast<double>(count);
  std::vector<double> e(count);
  double sse = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    e[i] = y[i] - (out.intercept + out.slope * x[i]);
    sse += e[i] * e[i];
  }
  double lag1 = 0.0;
  for (std::size_t i = 1; i < count; ++i) lag1 += e[i] * e[i - 1];
  const double rho_hat = sse > 1e-12 ? lag1 / sse : 0.0;
  const double rho = std::clamp(std::max(rho_hat + (2.0 + 4.0 * rho_hat) / n, kMinWeeklyPersistence), 0.0, 0.9);
  const double inflation = (1.0 + rho) / (1.0 - rho);
  out.residual_lag1 = rho;
  out.df = std::max(1.0, n / inflation - 2.0);
  const double half = (out.ci_high - out.slope) / student_t_quantile(0.975, n - 2.0);  // OLS SE
  const double tq = student_t_quantile(0.975, out.df);
  out.ci_low = out.slope - tq * half * std::sqrt(inflation);
  out.ci_high = out.slope + tq * half * std::sqrt(inflation);
  return out;
}

}  // namespace painlink::analysis
