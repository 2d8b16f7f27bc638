import { PageLoading } from "@/components/portal/page-loading";

// Loading boundaries sit beside the pages, not around the whole portal: a boundary streams the page
// shell at once, after which a "not found" can no longer answer HTTP 404 (decision 033).
export default PageLoading;
