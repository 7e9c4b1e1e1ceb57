-- The feeds now run through the kit's FeedPipeline, whose receipts keep the feed's FeedResult (an object). The
-- receipts budget-service kept before kept a list of stored ids, which the pipeline cannot answer with: they go.
-- Nothing is lost: a feed sent again is matched with the stored facts by content (ADR 9) and counted unchanged.
delete from feed_receipt where kind in ('allocations', 'execution-reports') and jsonb_typeof(result) <> 'object';
