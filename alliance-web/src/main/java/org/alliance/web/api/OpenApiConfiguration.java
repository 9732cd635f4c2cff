package org.alliance.web.api;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The OpenAPI document's description of the API as a whole: its title and version, the
 * bearer token it takes, and a relative server (so the document is the same on every
 * instance; a test compares it with the committed docs/openapi.json).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * Swagger UI brings webjars-locator-lite, whose presence switches Spring Boot's
	 * resource chain on and with it a filter that looks every link of every page up on
	 * the classpath (pages five times slower in scripts/bench). The app's links are plain
	 * paths: the filter stays out; Swagger UI still finds its own files.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		// standing in for Thymeleaf's registration of the filter (made only when none is
		// registered), and switched off
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

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

	/**
	 * Tags in a fixed order (by name), so the document is the same on every start; and
	 * the refusals every operation may answer with, as problem details (RFC 9457).
	 */
	@Bean
	OpenApiCustomizer tagsAndProblems() {
		return (api) -> {
			if (api.getTags() != null) {
				api.setTags(api.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
			}
			api.getComponents()
				.addSchemas("Problem",
						new ObjectSchema().description("An RFC 9457 problem detail")
							.addProperty("type", new StringSchema())
							.addProperty("title", new StringSchema())
							.addProperty("status", new IntegerSchema())
							.addProperty("detail", new StringSchema())
							.addProperty("instance", new StringSchema())
							.addProperty("errors", new ArraySchema().items(new ObjectSchema()
								.description("What is wrong with one field (row: the row of a list sent, from 1)")
								.addProperty("field", new StringSchema())
								.addProperty("message", new StringSchema())
								.addProperty("row", new IntegerSchema()))));
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean write = method != PathItem.HttpMethod.GET;
				problem(operation, "400", "A parameter or body that cannot be read");
				problem(operation, "401", "No or an unusable access token, and no session");
				problem(operation, "403",
						write ? "Not allowed, a read-only token, or a session without its CSRF token" : "Not allowed");
				if (path.contains("{")) {
					problem(operation, "404", "Nothing with this id");
				}
				if (write) {
					problem(operation, "422", "Values a rule refuses, with the fields (and rows)");
				}
				problem(operation, "429", "Too many requests with this token (see Retry-After)");
			}));
		};
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses()
			.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
	}

}
