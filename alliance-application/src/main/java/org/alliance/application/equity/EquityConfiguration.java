package org.alliance.application.equity;

import org.alliance.domain.equity.DisparityMeasures;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The disparity band, configurable (default 0.8 to 1.25). */
@Configuration(proxyBeanMethods = false)
class EquityConfiguration {

	@Bean
	DisparityMeasures disparityMeasures(@Value("${alliance.equity.disparity-low:0.8}") double low,
			@Value("${alliance.equity.disparity-high:1.25}") double high) {
		return new DisparityMeasures(low, high);
	}

}
