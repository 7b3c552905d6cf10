// Hand-checked numbers for the statistics primitives. Expected values were computed by hand
// (formulas in the comments) and cross-checked with an independent script (exact binomial
// coefficients for Fisher's test).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "core/analysis/stats.hpp"
#include "fixtures/analysis/journal_builder.hpp"

using namespace painlink::analysis;
using doctest::Approx;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("analysis: normal, incomplete beta and Student t against table values") {
  CHECK(normal_cdf(1.96) == Approx(0.9750021).epsilon(1e-6));
  CHECK(normal_cdf(0.0) == Approx(0.5));
  CHECK(two_sided_p_from_z(1.959963984540054) == Approx(0.05).epsilon(1e-9));
  // I_0.5(2,3) = sum_{j=2..4} C(4,j) / 2^4 = 11/16
  CHECK(incomplete_beta(0.5, 2.0, 3.0) == Approx(0.6875).epsilon(1e-10));
  // t quantiles (standard tables)
  CHECK(student_t_quantile(0.975, 1) == Approx(12.7062047).epsilon(1e-6));
  CHECK(student_t_quantile(0.975, 2) == Approx(4.3026527).epsilon(1e-6));
  CHECK(student_t_quantile(0.975, 10) == Approx(2.2281389).epsilon(1e-6));
  CHECK(student_t_quantile(0.975, 30) == Approx(2.0422725).epsilon(1e-6));
  CHECK(student_t_quantile(0.025, 10) == Approx(-2.2281389).epsilon(1e-6));
  CHECK(student_t_quantile(0.975, 3) == Approx(3.1824463).epsilon(1e-6));
  CHECK(student_t_quantile(0.975, 5000) == Approx(1.9604386).epsilon(1e-6));
  CHECK(student_t_quantile(0.995, 4) == Approx(4.6040949).epsilon(1e-6));
  CHECK(student_t_two_sided_p(2.2281389, 10) == Approx(0.05).epsilon(1e-6));
}

TEST_CASE("analysis: relative risk and log-method CI match a hand computation") {
  // a=6 b=2 c=3 d=9: RR = (6/8)/(3/12) = 3.0
  // SE = sqrt(1/6 - 1/8 + 1/3 - 1/12) = sqrt(0.2916667) = 0.5400617
  // CI = exp(ln 3 -+ 1.959964 * 0.5400617) = 1.0409 .. 8.6461
  const RiskRatio r = risk_ratio({6, 2, 3, 9});
  CHECK(r.rr == Approx(3.0));
  CHECK(r.log_se == Approx(0.5400617).epsilon(1e-6));
  CHECK_3DP(r.ci_low, 1.041);
  CHECK_3DP(r.ci_high, 8.646);
  CHECK_FALSE(r.corrected);

  // Design effect 2 widens the SE by sqrt(2): 0.7637626 -> CI 0.671 .. 13.404
  const RiskRatio w = risk_ratio({6, 2, 3, 9}, 2.0);
  CHECK(w.rr == Approx(3.0));
  CHECK(w.log_se == Approx(0.7637626).epsilon(1e-6));
  CHECK_3DP(w.ci_low, 0.671);
  CHECK_3DP(w.ci_high, 13.404);
}

TEST_CASE("analysis: Haldane-Anscombe correction when a cell is zero") {
  // a=0 b=10 c=5 d=5 -> every cell + 0.5: RR = (0.5/11)/(5.5/11) = 0.0909
  // SE = sqrt(1/0.5 - 1/11 + 1/5.5 - 1/11) = sqrt(2) ; CI = 0.00569 .. 1.453
  const RiskRatio r = risk_ratio({0, 10, 5, 5});
  CHECK(r.corrected);
  CHECK(r.rr == Approx(0.090909).epsilon(1e-5));
  CHECK(r.log_se == Approx(std::sqrt(2.0)));
  CHECK_3DP(r.ci_low, 0.005686);
  CHECK_3DP(r.ci_high, 1.453);
  // An empty group gives no estimate at all.
  CHECK(std::isnan(risk_ratio({0, 0, 3, 4}).rr));
}

TEST_CASE("analysis: Fisher's exact test and the choice of test") {
  // Lady tasting tea: [[3,1],[1,3]] -> 0.4857 (R: fisher.test)
  CHECK(fisher_exact_two_sided({3, 1, 1, 3}) == Approx(0.485714).epsilon(1e-5));
  CHECK(fisher_exact_two_sided({10, 2, 3, 15}) == Approx(0.000536724).epsilon(1e-5));
  CHECK(fisher_exact_two_sided({6, 2, 3, 9}) == Approx(0.064777).epsilon(1e-5));
  // Expected counts: min = 8 * 9 / 20 = 3.6 < 5 -> Fisher; p = max(Fisher 0.0648, Wald 0.0419)
  CHECK(min_expected_count({6, 2, 3, 9}) == Approx(3.6));
  const RiskRatioTest small = test_risk_ratio({6, 2, 3, 9});
  CHECK(small.used_fisher);
  CHECK(small.p_value == Approx(0.064777).epsilon(1e-5));
  // Haldane case: Wald 0.0900 is larger than Fisher 0.0325, the more cautious one is kept.
  CHECK(test_risk_ratio({0, 10, 5, 5}).p_value == Approx(0.089968).epsilon(1e-4));
  // Large counts: Wald z on ln RR. a=40 b=60 c=20 d=80: RR 2, SE = sqrt(1/40-1/100+1/20-1/100)
  // = sqrt(0.055) = 0.234521; z = ln 2 / 0.234521 = 2.955594; p = 0.003120
  const RiskRatioTest big = test_risk_ratio({40, 60, 20, 80});
  CHECK_FALSE(big.used_fisher);
  CHECK(big.estimate.rr == Approx(2.0));
  CHECK(big.p_value == Approx(0.0031207).epsilon(1e-6));
}

TEST_CASE("analysis: Pearson and Spearman with Fisher-z CI") {
  const std::vector<double> x{1, 2, 3, 4, 5}, y{2, 4, 5, 4, 5}, y_ties{1, 3, 2, 2, 5};
  // r = 6 / sqrt(10 * 6) = 0.774597; z = atanh(r), SE = 1/sqrt(5-3) -> CI -0.340 .. 0.984
  const Correlation p = pearson(x, y);
  CHECK(p.r == Approx(0.774597).epsilon(1e-6));
  CHECK(p.n == 5);
  CHECK_3DP(p.ci_low, -0.340);
  CHECK_3DP(p.ci_high, 0.984);
  // Mid-ranks of y_ties: 1, 4, 2.5, 2.5, 5 -> rho = 0.666886
  const std::vector<double> ranks = mid_ranks(y_ties);
  CHECK(ranks == std::vector<double>{1, 4, 2.5, 2.5, 5});
  const Correlation s = spearman(x, y_ties);
  CHECK(s.r == Approx(0.666886).epsilon(1e-5));
  // Design effect shrinks the effective n and widens the CI; n_eff <= 3 gives no CI.
  const Correlation w = pearson(x, y, 2.0);
  CHECK(w.n_effective == Approx(2.5));
  CHECK(std::isnan(w.ci_low));
  // Constant series: undefined.
  CHECK(std::isnan(pearson(x, std::vector<double>{3, 3, 3, 3, 3}).r));
}

TEST_CASE("analysis: Benjamini-Hochberg q-values by hand") {
  // m = 5 finite p. Sorted 0.005 0.01 0.03 0.04 0.5 -> p*m/rank = .025 .025 .05 .05 .5
  const std::vector<double> p{0.01, 0.04, 0.03, 0.005, kNaN, 0.5};
  const std::vector<double> q = benjamini_hochberg(p);
  CHECK(q[0] == Approx(0.025));
  CHECK(q[1] == Approx(0.05));
  CHECK(q[2] == Approx(0.05));
  CHECK(q[3] == Approx(0.025));
  CHECK(std::isnan(q[4]));
  CHECK(q[5] == Approx(0.5));
  // Step-up monotonicity: a larger p can pull a smaller rank's q down.
  const std::vector<double> q2 = benjamini_hochberg(std::vector<double>{0.04, 0.041});
  CHECK(q2[0] == Approx(0.041));
  CHECK(q2[1] == Approx(0.041));
}

TEST_CASE("analysis: autocorrelation with gaps and the Bartlett design effect") {
  const std::vector<float> alt{1, 0, 1, 0, 1, 0};
  CHECK(autocorrelation(alt, 1) == Approx(-1.0));
  CHECK(autocorrelation(alt, 2) == Approx(1.0));
  const float nan = std::numeric_limits<float>::quiet_NaN();
  // Valid 1,0,1,0 (mean .5, var .25); lag-1 pairs (0,1),(1,0) -> -0.25 each -> -1
  const std::vector<float> gaps{1, nan, 0, 1, 0};
  CHECK(autocorrelation(gaps, 1) == Approx(-1.0));
  const std::vector<std::int8_t> yes_no{1, -1, 0, 1, 0};
  CHECK(autocorrelation(std::span<const std::int8_t>(yes_no), 1) == Approx(-1.0));
  // No pairs at that lag -> 0.
  const std::vector<float> spaced{1, nan, nan, 0, nan, nan, 1};
  CHECK(autocorrelation(spaced, 1) == 0.0);

  // The integer-sum ACF of yes/no series agrees with the general estimator.
  std::vector<std::int8_t> yn;
  std::uint64_t state = 7;
  for (int i = 0; i < 200; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    const int r = static_cast<int>((state >> 33) % 5);
    yn.push_back(static_cast<std::int8_t>(r == 0 ? -1 : (r < 3 ? 0 : 1)));
  }
  const Acf fast = acf(std::span<const std::int8_t>(yn));
  CHECK(fast.n == 152);
  REQUIRE(design_effect_lags(fast.n) == 76);  // n / 2 of the valid days
  for (int k = 1; k <= design_effect_lags(fast.n); ++k)
    CHECK(fast.r[k - 1] == Approx(acf_lag_weight(k) > 0 ? autocorrelation(std::span<const std::int8_t>(yn), k) : 0.0)
                               .epsilon(1e-12));
  CHECK(acf_lag_weight(28) == 1);
  CHECK(acf_lag_weight(30) == 0);
  CHECK(acf_lag_weight(32) == 4);
  CHECK(design_effect_lags(10) == kAcfMinLag);
  CHECK(design_effect_lags(100000) == kAcfMaxLag);

  Acf a, b;
  a.r[0] = 0.5;
  a.r[1] = 0.25;
  b.r[0] = 0.4;
  b.r[1] = 0.2;
  // n = 0 -> K = 7 lags: 1 + 2 (0.2 + 0.05)
  CHECK(design_effect(a, b) == Approx(1.5));
  a.r[10] = b.r[10] = 0.5;  // lag 11 counts only for longer series (K = n / 2)
  CHECK(design_effect(a, b) == Approx(1.5));
  a.n = b.n = 30;
  CHECK(design_effect(a, b) == Approx(1.5 + 2.0 * 0.25));
  b.r[0] = -0.4;
  b.r[1] = -0.2;
  CHECK(design_effect(a, b) == 1.0);  // floored
}

TEST_CASE("analysis: mean CI and OLS slope CI by hand") {
  // 2,4,6: mean 4, SD 2, SE 1.1547, t(0.975, 2) = 4.302653 -> 4 -+ 4.968
  const MeanCi m = mean_ci(std::vector<double>{2, 4, 6});
  CHECK(m.mean == Approx(4.0));
  CHECK_3DP(m.ci_low, -0.968);
  CHECK_3DP(m.ci_high, 8.968);
  CHECK(std::isnan(mean_ci(std::vector<double>{5}).ci_low));
  CHECK(std::isnan(mean_ci(std::vector<double>{}).mean));
  // x 1..5, y 2 4 5 4 5: slope 0.6, intercept 2.2, SSE 2.4, s^2 0.8, SE sqrt(0.8/10) = 0.282843,
  // t(0.975, 3) = 3.182446 -> 0.6 -+ 0.900125
  const Slope s = linear_slope(std::vector<double>{1, 2, 3, 4, 5}, std::vector<double>{2, 4, 5, 4, 5});
  CHECK(s.slope == Approx(0.6));
  CHECK(s.intercept == Approx(2.2));
  CHECK(s.ci_low == Approx(-0.300125).epsilon(1e-5));
  CHECK(s.ci_high == Approx(1.500125).epsilon(1e-5));
}

TEST_CASE("analysis: score (Miettinen-Nurminen) RR test and CI against an independent implementation") {
  // Reference values: restricted MLE by numerical maximisation of the likelihood, CI by bisection
  // on the same statistic (a separate script, not this code's quadratic root).
  struct Case {
    TwoByTwo t;
    double lo, hi, p;
  };
  const Case cases[] = {{{6, 2, 3, 9}, 1.0972, 9.0967, 0.031859},
                        {{10, 10, 1, 9}, 1.0847, 29.6306, 0.035102},
                        {{8, 2, 1, 9}, 1.7740, 47.1794, 0.002165},
                        {{2, 8, 1, 9}, 0.2888, 14.6551, 0.541618},
                        {{8, 2, 2, 8}, 1.3556, 14.9173, 0.008914}};
  for (const Case& c : cases) {
    const ScoreRiskRatio s = score_risk_ratio(std::span<const TwoByTwo>(&c.t, 1));
    INFO(c.t.a << " " << c.t.b << " " << c.t.c << " " << c.t.d);
    CHECK(s.ci_low == Approx(c.lo).epsilon(2e-4));
    CHECK(s.ci_high == Approx(c.hi).epsilon(2e-4));
    CHECK(s.p_value == Approx(c.p).epsilon(1e-4));
    // One statistic: the CI excludes 1 exactly when p < 0.05.
    CHECK((s.ci_low > 1.0 || s.ci_high < 1.0) == (s.p_value < 0.05));
  }
  // The zero cell of issue 11: 12 of 20 against 0 of 68. Reference lower bound 11.019, upper open.
  const TwoByTwo zero{12, 8, 0, 68};
  const ScoreRiskRatio z = score_risk_ratio(std::span<const TwoByTwo>(&zero, 1));
  CHECK(z.ci_low == Approx(11.0194).epsilon(2e-4));
  CHECK(std::isinf(z.ci_high));
  CHECK(z.p_value < 1e-9);
  CHECK(z.corrected);  // no finite MH RR: the Haldane point estimate is shown
  // The design effect deflates the counts: deff 4 = a quarter of the information.
  const ScoreRiskRatio z4 = score_risk_ratio(std::span<const TwoByTwo>(&zero, 1), 4.0);
  CHECK(z4.z == Approx(z.z / 2.0));
  CHECK(z4.ci_low > 1.0);
  CHECK(z4.ci_low < z.ci_low);
  // The old rule (Haldane-corrected Wald, p = max(Fisher, Wald)) called this table unclear:
  CHECK(test_risk_ratio(zero, 4.0).estimate.ci_low < 1.0);
  // Strata: a stratum with only unexposed days adds nothing; two identical strata give the same RR
  // and a smaller p than one.
  const TwoByTwo one[] = {{5, 2, 1, 3}};
  const TwoByTwo with_empty[] = {{5, 2, 1, 3}, {0, 0, 2, 6}};
  const TwoByTwo twice[] = {{5, 2, 1, 3}, {5, 2, 1, 3}};
  CHECK(score_risk_ratio(with_empty).ci_low == Approx(score_risk_ratio(one).ci_low));
  CHECK(score_risk_ratio(twice).rr == Approx(score_risk_ratio(one).rr));
  CHECK(score_risk_ratio(twice).p_value < score_risk_ratio(one).p_value);
}

TEST_CASE("analysis: normal quantile and minimum detectable RR") {
  CHECK(normal_quantile(0.975) == Approx(1.959963984540054).epsilon(1e-12));
  CHECK(normal_quantile(0.025) == Approx(-1.959963984540054).epsilon(1e-12));
  CHECK(normal_quantile(1.0 - (1.0 - std::pow(0.95, 1.0 / 7.0)) / 2.0) == Approx(2.6828015).epsilon(1e-7));
  // Reference values from a separate script (same power formula, Python's NormalDist).
  CHECK(minimum_detectable_rr(100, 100, 0.1, 1.0, 0.05) == Approx(2.4959).epsilon(1e-4));
  CHECK(minimum_detectable_rr(30, 60, 0.2, 1.5, 0.10 / 90) == Approx(3.6588).epsilon(1e-4));
  CHECK(std::isnan(minimum_detectable_rr(5, 9, 0.3, 1.0, 0.001)));  // even RR 1/p0 would not do
  // More days -> smaller detectable effect; a larger design effect -> larger.
  CHECK(minimum_detectable_rr(200, 200, 0.1, 1.0, 0.05) < minimum_detectable_rr(100, 100, 0.1, 1.0, 0.05));
  CHECK(minimum_detectable_rr(100, 100, 0.1, 2.0, 0.05) > minimum_detectable_rr(100, 100, 0.1, 1.0, 0.05));
}
