export declare function routeTemplate(url: string, status: number): string;
