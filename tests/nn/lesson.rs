//! The numbers the two lessons print, reproduced.

use eigenplay::math::data;
use eigenplay::math::nn::teach;

#[test]
fn four_sample_step_gives_656_then_221_6144() {
    let d = data::four_samples();
    let s = teach::explain_linear_step(&d.x_matrix(), &d.y, &[5.0, 5.0], None, 0.01);
    assert_eq!(s.predictions, vec![15.0, 25.0, 35.0, 45.0]);
    assert_eq!(s.loss, 656.0);
    approx::assert_relative_eq!(s.new_loss, 221.6144, epsilon = 1e-9);
}
