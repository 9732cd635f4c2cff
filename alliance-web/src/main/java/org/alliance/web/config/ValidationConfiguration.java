package org.alliance.web.config;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation messages come from the same bundles as every other string, so a field
 * error reads the same whether a form constraint or a domain rule caught it.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	LocalValidatorFactoryBean validator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}

}
