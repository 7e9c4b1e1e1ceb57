/**
 * The national roll-ups' read contracts (issue #23): what each service's {@code /v1/national/...} answers as JSON, so
 * that report-service's national report reads them typed, as it reads the areas' contracts.
 */
package org.khet.contracts.read.national;
