/**
 * The JSON API at {@code /api/v1} (docs/api.md): the same services and the same
 * {@code AccessPolicy} as the pages, documented by the OpenAPI document at
 * {@code /api/v1/openapi.json}.
 */
@NullMarked
package org.alliance.web.api;

import org.jspecify.annotations.NullMarked;
