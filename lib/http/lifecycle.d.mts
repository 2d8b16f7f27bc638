export declare function markDraining(): void;
export declare function isDraining(): boolean;
export declare function onShutdown(name: string, hook: () => Promise<void>, order: number): void;
export declare function runShutdownHooks(): Promise<void>;
