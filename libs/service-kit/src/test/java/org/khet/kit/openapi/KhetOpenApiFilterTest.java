package org.khet.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;
import org.khet.contracts.FeedPreview;
import org.khet.contracts.FeedWarning;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feed's dry run is documented: the filter gives the document FeedPreview and FeedWarning schemas with exactly the
 * records' components (so they cannot drift from the contracts), and the feed's 200 says when its body is one.
 */
class KhetOpenApiFilterTest {

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static OpenAPI feedDocument(String okDescription) {
        Operation feed = OASFactory.createOperation().operationId("submitThingsFeed")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("text/csv", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description(okDescription).content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/FeedResult"))))));
        return OASFactory.createOpenAPI().components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem("/v1/things/feed", OASFactory.createPathItem().POST(feed)));
    }

    @Test
    void theDryRunsPreviewIsASchemaOfItsOwnNamedByTheFeeds200() {
        OpenAPI api = feedDocument("Stored: the receipt and what was created, updated and unchanged");
        new KhetOpenApiFilter().filterOpenAPI(api);

        Schema preview = api.getComponents().getSchemas().get("FeedPreview");
        assertEquals(components(FeedPreview.class), List.copyOf(preview.getProperties().keySet()));
        assertEquals("#/components/schemas/FeedResult", preview.getProperties().get("result").getRef());
        assertEquals("#/components/schemas/FeedWarning", preview.getProperties().get("warnings").getItems().getRef());
        assertEquals(components(FeedWarning.class),
                List.copyOf(api.getComponents().getSchemas().get("FeedWarning").getProperties().keySet()));

        var ok = api.getPaths().getPathItem("/v1/things/feed").getPOST().getResponses().getAPIResponse("200");
        assertEquals("Stored: the receipt and what was created, updated and unchanged. With ?dryRun=true the body is "
                + "a FeedPreview instead (#/components/schemas/FeedPreview): what would be created, updated and "
                + "unchanged, and the warnings; nothing is stored or published.", ok.getDescription());
        // the feed's own answer keeps its schema: a generated client still reads a FeedResult
        assertEquals("#/components/schemas/FeedResult",
                ok.getContent().getMediaType("application/json").getSchema().getRef());
    }

    @Test
    void aFeedThatDocumentsItsDryRunAlreadyIsLeftAsItSaysAndAScannedFeedWarningIsKept() {
        OpenAPI api = feedDocument("Stored, or with ?dryRun=true a FeedPreview");
        Components components = api.getComponents();
        components.addSchema("FeedWarning", OASFactory.createSchema().description("as the scanner wrote it"));
        new KhetOpenApiFilter().filterOpenAPI(api);
        assertEquals("Stored, or with ?dryRun=true a FeedPreview", api.getPaths().getPathItem("/v1/things/feed")
                .getPOST().getResponses().getAPIResponse("200").getDescription());
        assertEquals("as the scanner wrote it", components.getSchemas().get("FeedWarning").getDescription());
        assertTrue(components.getSchemas().containsKey("FeedPreview"));
    }
}
