package org.alliance.domain.step;

import java.util.List;

import org.alliance.domain.step.RollUp.Input;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollUpTest {

	@Test
	void weightedMeanOfPercentages() {
		// (100*1 + 50*3) / 4 = 62.5 -> 63
		RollUp rollUp = RollUp
			.of(List.of(new Input(StepStatus.COMPLETED, 100, 1, true), new Input(StepStatus.IN_PROGRESS, 50, 3, true)));
		assertThat(rollUp.percent()).isEqualTo(63);
		assertThat(rollUp.counted()).isEqualTo(2);
		assertThat(rollUp.totalWeight()).isEqualTo(4);
	}

	@Test
	void notApplicableStepsAreLeftOut() {
		RollUp rollUp = RollUp.of(List.of(new Input(StepStatus.IN_PROGRESS, 40, 1, true),
				new Input(StepStatus.NOT_APPLICABLE, 0, 5, true)));
		assertThat(rollUp.percent()).isEqualTo(40);
		assertThat(rollUp.notApplicable()).isEqualTo(1);
		assertThat(rollUp.counted()).isEqualTo(1);
	}

	@Test
	void stepsWithoutUpdateCountAsZeroAndAreReported() {
		RollUp rollUp = RollUp.of(List.of(new Input(StepStatus.IN_PROGRESS, 80, 1, true),
				new Input(StepStatus.NOT_STARTED, 0, 1, false)));
		assertThat(rollUp.percent()).isEqualTo(40);
		assertThat(rollUp.withoutUpdate()).isEqualTo(1);
	}

	@Test
	void nothingToCountGivesZero() {
		assertThat(RollUp.of(List.of()).percent()).isZero();
		assertThat(RollUp.of(List.of(new Input(StepStatus.NOT_APPLICABLE, 0, 1, false))).counted()).isZero();
	}

	@Test
	void sumsFromTheDatabaseGiveTheSameFigure() {
		RollUp fromRows = RollUp.of(List.of(new Input(StepStatus.COMPLETED, 100, 1, true),
				new Input(StepStatus.IN_PROGRESS, 50, 3, true), new Input(StepStatus.NOT_STARTED, 0, 2, false)));
		RollUp fromSums = RollUp.ofSums(3, 6, 100 * 1 + 50 * 3, 0, 1);
		assertThat(fromSums).isEqualTo(fromRows);
	}

}
