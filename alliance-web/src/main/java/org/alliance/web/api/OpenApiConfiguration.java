package org.alliance.web.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's description of the API as a whole: its title and version, the
 * bearer token it takes, and a relative server (so the document is the same on every
 * instance; a test compares it with the committed docs/openapi.json).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI allianceApi() {
		return new OpenAPI()
			.info(new Info().title("Alliance API")
				.version("v1")
				.description("Plans, action steps, workgroups, equity indicators and commitments of Alliance."
						+ " Send a personal access token (made on your account page) as"
						+ " 'Authorization: Bearer <token>'. See docs/api.md."))
			.servers(List.of(new Server().url("/")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
