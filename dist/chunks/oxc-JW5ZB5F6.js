import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  __require
} from "./chunk-JWPOZ637.js";

// src/analysis/oxc.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// node_modules/@emnapi/wasi-threads/dist/wasi-threads.js
var _WebAssembly = typeof WebAssembly !== "undefined" ? WebAssembly : typeof WXWebAssembly !== "undefined" ? WXWebAssembly : void 0;
var ENVIRONMENT_IS_NODE = typeof process === "object" && process !== null && typeof process.versions === "object" && process.versions !== null && typeof process.versions.node === "string";
function getPostMessage(options) {
  return typeof options?.postMessage === "function" ? options.postMessage : typeof postMessage === "function" ? postMessage : void 0;
}
function normalizeError(value) {
  if (value instanceof Error)
    return value;
  if (typeof value === "object" && value !== null && "error" in value) {
    const nested = value.error;
    if (nested !== void 0 && nested !== value)
      return normalizeError(nested);
  }
  const record = typeof value === "object" && value !== null ? value : void 0;
  const message = record?.message !== void 0 ? String(record.message) : typeof value === "string" ? value : "Worker sent an unknown error";
  const name = record?.name !== void 0 ? String(record.name) : "Error";
  let error;
  try {
    const ErrorConstructor = name === "RuntimeError" ? _WebAssembly?.RuntimeError ?? Error : Error;
    error = new ErrorConstructor(message);
  } catch (_) {
    error = new Error(message);
  }
  error.name = name;
  if (record?.stack !== void 0) {
    Object.defineProperty(error, "stack", {
      value: String(record.stack),
      writable: true,
      enumerable: false,
      configurable: true
    });
  }
  if (record?.cause !== void 0) {
    Object.defineProperty(error, "cause", {
      value: record.cause,
      writable: true,
      enumerable: false,
      configurable: true
    });
  }
  return error;
}
function deserializeError(value) {
  return normalizeError(value);
}
function deserializeErrorFromBuffer(sab) {
  const i32array = new Int32Array(sab);
  const status = Atomics.load(i32array, 0);
  if (status <= 1) {
    return null;
  }
  const nameLength = Atomics.load(i32array, 1);
  const messageLength = Atomics.load(i32array, 2);
  const stackLength = Atomics.load(i32array, 3);
  const buffer = new Uint8Array(sab);
  const nameBuffer = buffer.slice(16, 16 + nameLength);
  const messageBuffer = buffer.slice(16 + nameLength, 16 + nameLength + messageLength);
  const stackBuffer = buffer.slice(16 + nameLength + messageLength, 16 + nameLength + messageLength + stackLength);
  const name = new TextDecoder().decode(nameBuffer);
  const message = new TextDecoder().decode(messageBuffer);
  const stack = new TextDecoder().decode(stackBuffer);
  const ErrorConstructor = globalThis[name] ?? (name === "RuntimeError" ? _WebAssembly.RuntimeError ?? Error : Error);
  const error = new ErrorConstructor(message);
  Object.defineProperty(error, "stack", {
    value: stack,
    writable: true,
    enumerable: false,
    configurable: true
  });
  return error;
}
var deserizeErrorFromBuffer = deserializeErrorFromBuffer;
function isSharedArrayBuffer(value) {
  return typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer || Object.prototype.toString.call(value) === "[object SharedArrayBuffer]";
}
function isTrapError(e) {
  try {
    return e instanceof _WebAssembly.RuntimeError || e?.name === "RuntimeError";
  } catch (_) {
    return e?.name === "RuntimeError";
  }
}
function createMessage(type, payload) {
  return {
    __emnapi__: {
      type,
      payload
    }
  };
}
var WASI_THREADS_MAX_TID = 536870911;
function checkSharedWasmMemory(wasmMemory) {
  if (wasmMemory) {
    if (!isSharedArrayBuffer(wasmMemory.buffer)) {
      throw new Error("Multithread features require shared wasm memory. Try to compile with `-matomics -mbulk-memory` and use `--import-memory --shared-memory` during linking, then create WebAssembly.Memory with `shared: true` option");
    }
  } else {
    if (typeof SharedArrayBuffer === "undefined") {
      throw new Error("Current environment does not support SharedArrayBuffer, threads are not available!");
    }
  }
}
function getReuseWorker(value) {
  if (typeof value === "boolean") {
    return value ? { size: 0, strict: false } : false;
  }
  if (typeof value === "number") {
    if (!(value >= 0)) {
      throw new RangeError("reuseWorker: size must be a non-negative integer");
    }
    return { size: value, strict: false };
  }
  if (!value) {
    return false;
  }
  const size = Number(value.size) || 0;
  const strict = Boolean(value.strict);
  if (!(size > 0) && strict) {
    throw new RangeError("reuseWorker: size must be set to positive integer if strict is set to true");
  }
  return { size, strict };
}
var nextWorkerID = 0;
var ThreadManager = class {
  get nextWorkerID() {
    return nextWorkerID;
  }
  constructor(options) {
    this.unusedWorkers = [];
    this.pthreads = /* @__PURE__ */ Object.create(null);
    this.wasmModule = null;
    this.wasmMemory = null;
    this.messageEvents = /* @__PURE__ */ new WeakMap();
    this.registeredWorkers = /* @__PURE__ */ new Set();
    this.expectedTerminations = /* @__PURE__ */ new WeakSet();
    this.loadRejects = /* @__PURE__ */ new WeakMap();
    if (!options) {
      throw new TypeError("ThreadManager(): options is not provided");
    }
    if ("childThread" in options) {
      this._childThread = Boolean(options.childThread);
    } else {
      this._childThread = false;
    }
    if (this._childThread) {
      this._onCreateWorker = void 0;
      this._reuseWorker = false;
      this._beforeLoad = void 0;
    } else {
      this._onCreateWorker = options.onCreateWorker;
      this._reuseWorker = getReuseWorker(options.reuseWorker);
      this._beforeLoad = options.beforeLoad;
    }
    this.printErr = options.printErr ?? console.error.bind(console);
    this.threadSpawn = options.threadSpawn;
  }
  init() {
    if (!this._childThread) {
      this.initMainThread();
    }
  }
  initMainThread() {
    this.preparePool();
  }
  preparePool() {
    if (this._reuseWorker) {
      if (this._reuseWorker.size) {
        let pthreadPoolSize = this._reuseWorker.size;
        while (pthreadPoolSize--) {
          this.allocatePoolWorker();
        }
      }
    }
  }
  shouldPreloadWorkers() {
    return !this._childThread && this._reuseWorker && this._reuseWorker.size > 0;
  }
  loadWasmModuleToAllWorkers() {
    const promises = Array(this.unusedWorkers.length);
    for (let i = 0; i < this.unusedWorkers.length; ++i) {
      const worker = this.unusedWorkers[i];
      if (ENVIRONMENT_IS_NODE)
        worker.ref();
      promises[i] = this.loadWasmModuleToWorker(worker).then((w) => {
        if (ENVIRONMENT_IS_NODE)
          worker.unref();
        return w;
      }, (e) => {
        if (ENVIRONMENT_IS_NODE)
          worker.unref();
        throw e;
      });
    }
    return Promise.all(promises).catch((err) => {
      this.terminateAllThreads();
      throw err;
    });
  }
  preloadWorkers() {
    if (this.shouldPreloadWorkers()) {
      return this.loadWasmModuleToAllWorkers();
    }
    return Promise.resolve([]);
  }
  setup(wasmModule, wasmMemory) {
    this.wasmModule = wasmModule;
    this.wasmMemory = wasmMemory;
  }
  assertRunning() {
    if (this._fatalError)
      throw this._fatalError;
  }
  fail(value, rethrow) {
    if (this._fatalError)
      return;
    this._fatalError = normalizeError(value);
    this.shutdownAllWorkers(false, this._fatalError);
    if (rethrow) {
      const error = this._fatalError;
      Promise.resolve().then(() => {
        throw error;
      });
    }
  }
  markId(worker) {
    this.assertRunning();
    if (worker.__emnapi_tid)
      return worker.__emnapi_tid;
    const tid = nextWorkerID + 43;
    nextWorkerID = (nextWorkerID + 1) % (WASI_THREADS_MAX_TID - 42);
    this.pthreads[tid] = worker;
    worker.__emnapi_tid = tid;
    return tid;
  }
  returnWorkerToPool(worker) {
    if (this._fatalError) {
      this.terminateWorker(worker);
      return;
    }
    var tid = worker.__emnapi_tid;
    if (tid !== void 0) {
      delete this.pthreads[tid];
    }
    this.unusedWorkers.push(worker);
    delete worker.__emnapi_tid;
    if (ENVIRONMENT_IS_NODE) {
      worker.unref();
    }
  }
  loadWasmModuleToWorker(worker, sab) {
    this.assertRunning();
    if (worker.whenLoaded)
      return worker.whenLoaded;
    this.registeredWorkers.add(worker);
    const err = this.printErr;
    const beforeLoad = this._beforeLoad;
    const _this = this;
    worker.whenLoaded = new Promise((resolve, reject) => {
      const handleError = function(e) {
        if (_this.expectedTerminations.has(worker))
          return;
        let message = "worker sent an error!";
        if (worker.__emnapi_tid !== void 0) {
          message = "worker (tid = " + worker.__emnapi_tid + ") sent an error!";
        }
        const error = normalizeError(e);
        if (error.message) {
          err(message + " " + error.message);
        } else {
          err(message);
        }
        if (!worker.loaded) {
          reject(error);
          _this.dropFailedLoad(worker);
          return;
        }
        _this.fail(error, !ENVIRONMENT_IS_NODE);
        if (ENVIRONMENT_IS_NODE)
          throw error;
      };
      const handleMessage = (data) => {
        if (data.__emnapi__) {
          const type = data.__emnapi__.type;
          const payload = data.__emnapi__.payload;
          if (type === "loaded") {
            worker.loaded = true;
            this.loadRejects.delete(worker);
            if (ENVIRONMENT_IS_NODE && !worker.__emnapi_tid) {
              worker.unref();
            }
            resolve(worker);
          } else if (type === "cleanup-thread") {
            if (payload.tid in this.pthreads) {
              this.cleanThread(worker, payload.tid);
            }
          } else if (type === "spawn-thread") {
            this.threadSpawn(payload.startArg, payload.errorOrTid);
          } else if (type === "terminate-all-threads") {
            this.terminateAllThreads();
          } else if (type === "thread-error") {
            const threadError = payload;
            const error = deserializeError(threadError.error);
            if (!worker.loaded && threadError.phase === "load") {
              reject(error);
              this.dropFailedLoad(worker);
            } else {
              this.fail(error, true);
            }
          }
        }
      };
      worker.onmessage = (e) => {
        handleMessage(e.data);
        this.fireMessageEvent(worker, e);
      };
      worker.onerror = handleError;
      worker.onmessageerror = (e) => {
        handleError(normalizeError(e));
      };
      if (ENVIRONMENT_IS_NODE) {
        worker.on("message", function(data) {
          worker.onmessage?.({
            data
          });
        });
        worker.on("error", function(e) {
          worker.onerror?.(e);
        });
        worker.on("messageerror", function(e) {
          handleError(normalizeError(e));
        });
        worker.on("exit", function(code) {
          if (!_this.expectedTerminations.has(worker)) {
            handleError(new Error("Worker stopped with exit code " + code));
          }
        });
        worker.on("detachedExit", function() {
        });
      }
      this.loadRejects.set(worker, reject);
      try {
        if (typeof beforeLoad === "function") {
          beforeLoad(worker);
        }
        worker.postMessage(createMessage("load", {
          wasmModule: this.wasmModule,
          wasmMemory: this.wasmMemory,
          sab
        }));
      } catch (caughtError) {
        let error = caughtError;
        try {
          checkSharedWasmMemory(this.wasmMemory);
        } catch (memoryError) {
          error = memoryError;
        }
        reject(error);
        this.dropFailedLoad(worker);
      }
    });
    return worker.whenLoaded;
  }
  allocateUnusedWorker() {
    this.assertRunning();
    const _onCreateWorker = this._onCreateWorker;
    if (typeof _onCreateWorker !== "function") {
      throw new TypeError("`options.onCreateWorker` is not provided");
    }
    const worker = _onCreateWorker({ type: "thread", name: "emnapi-pthread" });
    this.registeredWorkers.add(worker);
    this.unusedWorkers.push(worker);
    return worker;
  }
  allocatePoolWorker() {
    const worker = this.allocateUnusedWorker();
    if (ENVIRONMENT_IS_NODE) {
      worker.once("message", () => {
      });
      worker.unref();
    }
    return worker;
  }
  dropFailedLoad(worker) {
    const idle = this.unusedWorkers.indexOf(worker) !== -1;
    this.loadRejects.delete(worker);
    this.terminateWorker(worker);
    if (idle && !this._fatalError)
      this.allocatePoolWorker();
  }
  getNewWorker(sab) {
    this.assertRunning();
    if (this._reuseWorker) {
      if (this.unusedWorkers.length === 0) {
        if (this._reuseWorker.strict) {
          if (!ENVIRONMENT_IS_NODE) {
            const err = this.printErr;
            err("Tried to spawn a new thread, but the thread pool is exhausted.\nThis might result in a deadlock unless some threads eventually exit or the code explicitly breaks out to the event loop.");
            return;
          }
        }
        return this.allocateAndLoadWorker(sab);
      }
      const worker = this.unusedWorkers.pop();
      if (!worker.whenLoaded) {
        this.loadWasmModuleToWorker(worker, sab);
      }
      return worker;
    }
    return this.allocateAndLoadWorker(sab);
  }
  allocateAndLoadWorker(sab) {
    const worker = this.allocateUnusedWorker();
    this.unusedWorkers.pop();
    this.loadWasmModuleToWorker(worker, sab);
    return this.expectedTerminations.has(worker) ? void 0 : worker;
  }
  cleanThread(worker, tid, force) {
    if (!force && this._reuseWorker) {
      this.returnWorkerToPool(worker);
    } else {
      delete this.pthreads[tid];
      this.terminateWorker(worker);
      delete worker.__emnapi_tid;
    }
  }
  terminateWorker(worker) {
    const tid = worker.__emnapi_tid;
    this.expectedTerminations.add(worker);
    this.registeredWorkers.delete(worker);
    const index = this.unusedWorkers.indexOf(worker);
    if (index !== -1)
      this.unusedWorkers.splice(index, 1);
    this.loadRejects.delete(worker);
    worker.terminate();
    this.messageEvents.get(worker)?.clear();
    this.messageEvents.delete(worker);
    worker.onmessage = (e) => {
      if (e.data.__emnapi__) {
        const type = e.data.__emnapi__.type;
        if (type === "loaded")
          return;
        const err = this.printErr;
        err('received "' + type + '" command from terminated worker: ' + tid);
      }
    };
  }
  terminateAllThreads() {
    this.shutdownAllWorkers(true);
  }
  shutdownAllWorkers(recreatePool, reason) {
    const workers = /* @__PURE__ */ new Set([
      ...this.registeredWorkers,
      ...Object.values(this.pthreads),
      ...this.unusedWorkers
    ]);
    workers.forEach((worker) => {
      if (reason)
        this.loadRejects.get(worker)?.(reason);
      this.terminateWorker(worker);
    });
    this.unusedWorkers = [];
    this.pthreads = /* @__PURE__ */ Object.create(null);
    if (recreatePool && !this._fatalError)
      this.preparePool();
  }
  addMessageEventListener(worker, onMessage) {
    let listeners = this.messageEvents.get(worker);
    if (!listeners) {
      listeners = /* @__PURE__ */ new Set();
      this.messageEvents.set(worker, listeners);
    }
    listeners.add(onMessage);
    return () => {
      listeners?.delete(onMessage);
    };
  }
  fireMessageEvent(worker, e) {
    const listeners = this.messageEvents.get(worker);
    if (!listeners)
      return;
    const err = this.printErr;
    listeners.forEach((listener) => {
      try {
        listener(e);
      } catch (e2) {
        err(e2.stack);
      }
    });
  }
};
var kIsProxy = /* @__PURE__ */ Symbol("kIsProxy");
function createInstanceProxy(instance, memory) {
  if (instance[kIsProxy])
    return instance;
  const originalExports = instance.exports;
  const createHandler = function(target) {
    const handlers = [
      "apply",
      "construct",
      "defineProperty",
      "deleteProperty",
      "get",
      "getOwnPropertyDescriptor",
      "getPrototypeOf",
      "has",
      "isExtensible",
      "ownKeys",
      "preventExtensions",
      "set",
      "setPrototypeOf"
    ];
    const handler2 = {};
    for (let i = 0; i < handlers.length; i++) {
      const name = handlers[i];
      handler2[name] = function() {
        const args = Array.prototype.slice.call(arguments, 1);
        args.unshift(target);
        return Reflect[name].apply(Reflect, args);
      };
    }
    return handler2;
  };
  const handler = createHandler(originalExports);
  const _initialize = () => {
  };
  const _start = () => 0;
  handler.get = function(_target, p, receiver) {
    if (p === "memory") {
      return (typeof memory === "function" ? memory() : memory) ?? Reflect.get(originalExports, p, receiver);
    }
    if (p === "_initialize") {
      return p in originalExports ? _initialize : void 0;
    }
    if (p === "_start") {
      return p in originalExports ? _start : void 0;
    }
    return Reflect.get(originalExports, p, receiver);
  };
  handler.has = function(_target, p) {
    if (p === "memory")
      return true;
    return Reflect.has(originalExports, p);
  };
  const exportsProxy = new Proxy(/* @__PURE__ */ Object.create(null), handler);
  return new Proxy(instance, {
    get(target, p, receiver) {
      if (p === "exports") {
        return exportsProxy;
      }
      if (p === kIsProxy) {
        return true;
      }
      return Reflect.get(target, p, receiver);
    }
  });
}
var patchedWasiInstances = /* @__PURE__ */ new WeakMap();
var THREAD_SPAWN_RESULT_SIZE = Int32Array.BYTES_PER_ELEMENT * 2;
var sharedArrayBufferByteLength = typeof SharedArrayBuffer === "function" ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get : void 0;
function isConclusivelySharedArrayBuffer(buffer) {
  if (sharedArrayBufferByteLength === void 0)
    return false;
  try {
    sharedArrayBufferByteLength.call(buffer);
    return true;
  } catch (_) {
    return false;
  }
}
function getThreadSpawnResultView(memory, address, wasm64) {
  const offset = typeof address === "bigint" ? Number(address) : address >>> 0;
  let buffer = memory.buffer;
  if (offset + THREAD_SPAWN_RESULT_SIZE > buffer.byteLength && isConclusivelySharedArrayBuffer(buffer)) {
    if (wasm64) {
      memory.grow(BigInt(0));
    } else {
      memory.grow(0);
    }
    buffer = memory.buffer;
  }
  return new Int32Array(buffer, offset, 2);
}
var WASIThreads = class {
  constructor(options) {
    if (!options) {
      throw new TypeError("WASIThreads(): options is not provided");
    }
    if (!options.wasi) {
      throw new TypeError("WASIThreads(): options.wasi is not provided");
    }
    patchedWasiInstances.set(this, /* @__PURE__ */ new WeakSet());
    const wasi = options.wasi;
    patchWasiInstance(this, wasi);
    this.wasi = wasi;
    if ("childThread" in options) {
      this.childThread = Boolean(options.childThread);
    } else {
      this.childThread = false;
    }
    this.PThread = void 0;
    if ("threadManager" in options) {
      if (typeof options.threadManager === "function") {
        this.PThread = options.threadManager();
      } else {
        this.PThread = options.threadManager;
      }
    } else {
      if (!this.childThread) {
        this.PThread = new ThreadManager(options);
        this.PThread.init();
      }
    }
    let waitThreadStart = false;
    if ("waitThreadStart" in options) {
      waitThreadStart = typeof options.waitThreadStart === "number" ? options.waitThreadStart : Boolean(options.waitThreadStart);
    }
    const postMessage2 = getPostMessage(options);
    if (this.childThread && typeof postMessage2 !== "function") {
      throw new TypeError("options.postMessage is not a function");
    }
    this.postMessage = postMessage2;
    const wasm64 = Boolean(options.wasm64);
    const threadSpawn = (startArg, errorOrTid) => {
      const EAGAIN = 6;
      const isNewABI = errorOrTid !== void 0;
      try {
        checkSharedWasmMemory(this.wasmMemory);
      } catch (err) {
        this.PThread?.printErr(err.stack);
        if (isNewABI) {
          const struct2 = getThreadSpawnResultView(this.wasmMemory, errorOrTid, wasm64);
          Atomics.store(struct2, 0, 1);
          Atomics.store(struct2, 1, EAGAIN);
          Atomics.notify(struct2, 1);
          return 1;
        } else {
          return -EAGAIN;
        }
      }
      if (!isNewABI) {
        const malloc = this.wasmInstance.exports.malloc;
        errorOrTid = wasm64 ? Number(malloc(BigInt(8))) : malloc(8) >>> 0;
        if (!errorOrTid) {
          return -48;
        }
      }
      const _free = this.wasmInstance.exports.free;
      const free = wasm64 ? (ptr) => {
        _free(BigInt(ptr));
      } : _free;
      const struct = getThreadSpawnResultView(this.wasmMemory, errorOrTid, wasm64);
      Atomics.store(struct, 0, 0);
      Atomics.store(struct, 1, 0);
      if (this.childThread) {
        postMessage2(createMessage("spawn-thread", {
          startArg,
          errorOrTid
        }));
        Atomics.wait(struct, 1, 0);
        const isError = Atomics.load(struct, 0);
        const result = Atomics.load(struct, 1);
        if (isNewABI) {
          return isError;
        }
        free(errorOrTid);
        return isError ? -result : result;
      }
      const shouldWait = waitThreadStart || waitThreadStart === 0;
      let sab;
      if (shouldWait) {
        sab = new Int32Array(new SharedArrayBuffer(16 + 8192));
        Atomics.store(sab, 0, 0);
      }
      let worker;
      let tid;
      const PThread = this.PThread;
      try {
        worker = PThread.getNewWorker(sab);
        if (!worker) {
          throw new Error("failed to get new worker");
        }
        tid = PThread.markId(worker);
        if (ENVIRONMENT_IS_NODE) {
          worker.unref();
        }
        worker.postMessage(createMessage("start", {
          tid,
          arg: startArg,
          sab
        }));
        if (shouldWait) {
          if (typeof waitThreadStart === "number") {
            const waitResult = Atomics.wait(sab, 0, 0, waitThreadStart);
            if (waitResult === "timed-out") {
              throw new Error("Spawning thread timed out. Please check if the worker is created successfully and if message is handled properly in the worker.");
            }
          } else {
            Atomics.wait(sab, 0, 0);
          }
          const r = Atomics.load(sab, 0);
          if (r > 1) {
            throw deserizeErrorFromBuffer(sab.buffer);
          }
        }
      } catch (e) {
        if (worker !== void 0 && tid !== void 0) {
          try {
            PThread.cleanThread(worker, tid, true);
          } catch (_) {
          }
        }
        Atomics.store(struct, 0, 1);
        Atomics.store(struct, 1, EAGAIN);
        Atomics.notify(struct, 1);
        PThread?.printErr(e.stack);
        if (isNewABI) {
          return 1;
        }
        free(errorOrTid);
        return -EAGAIN;
      }
      Atomics.store(struct, 0, 0);
      Atomics.store(struct, 1, tid);
      Atomics.notify(struct, 1);
      if (!shouldWait) {
        worker.whenLoaded.catch((err) => {
          delete worker.whenLoaded;
          PThread.cleanThread(worker, tid, true);
          PThread.printErr("failed to load the worker of thread " + tid + ": " + (err && err.stack || err));
        });
      }
      if (isNewABI) {
        return 0;
      }
      free(errorOrTid);
      return tid;
    };
    this.threadSpawn = threadSpawn;
    if (this.PThread) {
      this.PThread.threadSpawn = threadSpawn;
    }
  }
  getImportObject() {
    return {
      wasi: {
        "thread-spawn": this.threadSpawn
      }
    };
  }
  setup(wasmInstance, wasmModule, wasmMemory) {
    wasmMemory ??= wasmInstance.exports.memory;
    this.wasmInstance = wasmInstance;
    this.wasmMemory = wasmMemory;
    if (this.PThread) {
      this.PThread.setup(wasmModule, wasmMemory);
    }
  }
  preloadWorkers() {
    if (this.PThread) {
      return this.PThread.preloadWorkers();
    }
    return Promise.resolve([]);
  }
  initialize(instance, module, memory) {
    const exports = instance.exports;
    memory ??= exports.memory;
    if (this.childThread) {
      instance = createInstanceProxy(instance, memory);
    }
    this.setup(instance, module, memory);
    const wasi = this.wasi;
    if ("_start" in exports && typeof exports._start === "function") {
      if (this.childThread) {
        wasi.start(instance);
        try {
          const kStarted = getWasiSymbol(wasi, "kStarted");
          wasi[kStarted] = false;
        } catch (_) {
        }
      } else {
        setupInstance(wasi, instance);
      }
    } else {
      wasi.initialize(instance);
    }
    return instance;
  }
  start(instance, module, memory) {
    const exports = instance.exports;
    memory ??= exports.memory;
    if (this.childThread) {
      instance = createInstanceProxy(instance, memory);
    }
    this.setup(instance, module, memory);
    const exitCode = this.wasi.start(instance);
    return { exitCode, instance };
  }
  terminateAllThreads() {
    if (!this.childThread) {
      this.PThread?.terminateAllThreads();
    } else {
      this.postMessage(createMessage("terminate-all-threads", {}));
    }
  }
};
function patchWasiInstance(wasiThreads, wasi) {
  const patched = patchedWasiInstances.get(wasiThreads);
  if (patched.has(wasi)) {
    return;
  }
  const _this = wasiThreads;
  const wasiImport = wasi.wasiImport;
  if (wasiImport) {
    const proc_exit = wasiImport.proc_exit;
    wasiImport.proc_exit = function(code) {
      _this.terminateAllThreads();
      return proc_exit.call(this, code);
    };
  }
  if (!_this.childThread) {
    const start = wasi.start;
    if (typeof start === "function") {
      wasi.start = function(instance) {
        try {
          return start.call(this, instance);
        } catch (err) {
          if (isTrapError(err)) {
            _this.terminateAllThreads();
          }
          throw err;
        }
      };
    }
  }
  patched.add(wasi);
}
function getWasiSymbol(wasi, description) {
  const symbols = Object.getOwnPropertySymbols(wasi);
  const selectDescription = (description2) => (s) => {
    if (s.description) {
      return s.description === description2;
    }
    return s.toString() === `Symbol(${description2})`;
  };
  if (Array.isArray(description)) {
    return description.map((d) => symbols.filter(selectDescription(d))[0]);
  }
  return symbols.filter(selectDescription(description))[0];
}
function setupInstance(wasi, instance) {
  const [kInstance, kSetMemory] = getWasiSymbol(wasi, ["kInstance", "kSetMemory"]);
  wasi[kInstance] = instance;
  wasi[kSetMemory](instance.exports.memory);
}

// node_modules/@emnapi/core/dist/emnapi-core.js
var _WebAssembly2 = typeof WebAssembly !== "undefined" ? WebAssembly : typeof WXWebAssembly !== "undefined" ? WXWebAssembly : void 0;
function validateImports(imports) {
  if (imports && typeof imports !== "object") {
    throw new TypeError("imports must be an object or undefined");
  }
  return true;
}
function load(wasmInput, imports) {
  if (!wasmInput)
    throw new TypeError("Invalid wasm source");
  validateImports(imports);
  imports = imports ?? {};
  try {
    const then = typeof wasmInput === "object" && wasmInput !== null && "then" in wasmInput ? wasmInput.then : void 0;
    if (typeof then === "function") {
      return then.call(wasmInput, (input) => load(input, imports));
    }
  } catch (_) {
  }
  if (wasmInput instanceof ArrayBuffer || ArrayBuffer.isView(wasmInput)) {
    return _WebAssembly2.instantiate(wasmInput, imports);
  }
  if (wasmInput instanceof _WebAssembly2.Module) {
    return _WebAssembly2.instantiate(wasmInput, imports).then((instance) => {
      return { instance, module: wasmInput };
    });
  }
  if (typeof Response !== "undefined" && wasmInput instanceof Response) {
    return wasmInput.arrayBuffer().then((buffer) => {
      return _WebAssembly2.instantiate(buffer, imports);
    });
  }
  const inputIsString = typeof wasmInput === "string";
  if (inputIsString || typeof URL !== "undefined" && wasmInput instanceof URL) {
    if (inputIsString && typeof wx !== "undefined" && typeof __wxConfig !== "undefined") {
      return _WebAssembly2.instantiate(wasmInput, imports);
    }
    if (typeof fetch !== "function") {
      throw new TypeError("wasm source can not be a string or URL in this environment");
    }
    if (typeof _WebAssembly2.instantiateStreaming === "function") {
      try {
        return _WebAssembly2.instantiateStreaming(fetch(wasmInput), imports).catch(() => {
          return load(fetch(wasmInput), imports);
        });
      } catch (_) {
        return load(fetch(wasmInput), imports);
      }
    } else {
      return load(fetch(wasmInput), imports);
    }
  }
  throw new TypeError("Invalid wasm source");
}
function loadSync(wasmInput, imports) {
  if (!wasmInput)
    throw new TypeError("Invalid wasm source");
  validateImports(imports);
  imports = imports ?? {};
  let module;
  if (wasmInput instanceof ArrayBuffer || ArrayBuffer.isView(wasmInput)) {
    module = new _WebAssembly2.Module(wasmInput);
  } else if (wasmInput instanceof WebAssembly.Module) {
    module = wasmInput;
  } else {
    throw new TypeError("Invalid wasm source");
  }
  const instance = new _WebAssembly2.Instance(module, imports);
  const source = { instance, module };
  return source;
}
function createNapiModule(options) {
  var napiModule = (function() {
    function uleb128EncodeWithLen(arr) {
      const n = arr.length;
      return [n % 128 | 128, n >> 7, ...arr];
    }
    function sigToWasmTypes(sig) {
      const typeNames = {
        i: "i32",
        j: "i64",
        f: "f32",
        d: "f64",
        e: "externref",
        p: "i32"
      };
      const type = {
        parameters: [],
        results: sig[0] === "v" ? [] : [typeNames[sig[0]]]
      };
      for (let i = 1; i < sig.length; ++i) {
        type.parameters.push(typeNames[sig[i]]);
      }
      return type;
    }
    const wasmTypeCodes = /* @__PURE__ */ (function() {
      const map2 = {
        i: 127,
        // i32
        p: 127,
        j: 126,
        // i64
        f: 125,
        // f32
        d: 124,
        // f64
        e: 111
        // externref
      };
      return map2;
    })();
    function generateTypePack(types) {
      return uleb128EncodeWithLen(Array.from(types, (type) => {
        const code = wasmTypeCodes[type];
        return code;
      }));
    }
    function convertJsFunctionToWasm(func, sig) {
      if (_WebAssembly2.Function) {
        return new _WebAssembly2.Function(sigToWasmTypes(sig), func);
      }
      const bytes = Uint8Array.of(
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1,
        ...uleb128EncodeWithLen([
          1,
          // count: 1
          96,
          // param types
          ...generateTypePack(sig.slice(1)),
          // return types (for now only supporting [] if `void` and single [T] otherwise)
          ...generateTypePack(sig[0] === "v" ? "" : sig[0])
        ]),
        // The rest of the module is static
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      const module = new _WebAssembly2.Module(bytes);
      const instance = new _WebAssembly2.Instance(module, { e: { f: func } });
      const wrappedFunc = instance.exports["f"];
      return wrappedFunc;
    }
    const freeTableIndexes = [];
    let functionsInTableMap;
    function getEmptyTableSlot() {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        return wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw new Error("Unable to grow wasm table. Specify `--growable-table` for wasm-ld.");
      }
    }
    function updateTableMap(offset, count) {
      if (functionsInTableMap) {
        for (let i = offset; i < offset + count; i++) {
          const item = getWasmTableEntry(i);
          if (item) {
            functionsInTableMap.set(item, i);
          }
        }
      }
    }
    function getFunctionAddress(func) {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        let count = wasmTable.length;
        count >>>= 0;
        updateTableMap(0, count);
      }
      return functionsInTableMap.get(func) || 0;
    }
    function addFunction(func, sig) {
      let rtn = getFunctionAddress(func);
      if (rtn) {
        return rtn;
      }
      const ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        if (!sig) {
          throw new Error("Missing signature argument to addFunction: " + func);
        }
        const wrapped = convertJsFunctionToWasm(func, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func, ret);
      return ret;
    }
    function removeFunction(index2) {
      if (!functionsInTableMap)
        return;
      functionsInTableMap.delete(getWasmTableEntry(index2));
      setWasmTableEntry(index2, null);
      freeTableIndexes.push(index2);
    }
    var ENVIRONMENT_IS_NODE2 = typeof process === "object" && process !== null && typeof process.versions === "object" && process.versions !== null && typeof process.versions.node === "string";
    var ENVIRONMENT_IS_PTHREAD = Boolean(options.childThread);
    var waitThreadStart = typeof options.waitThreadStart === "number" ? options.waitThreadStart : Boolean(options.waitThreadStart);
    var wasmInstance;
    var wasmModule;
    var wasmMemory;
    var wasmTable;
    var _malloc;
    var _free;
    var _emnapi_create_env;
    var _emnapi_delete_env;
    function abort(msg) {
      if (typeof _WebAssembly2.RuntimeError === "function") {
        throw new _WebAssembly2.RuntimeError(msg);
      }
      throw Error(msg);
    }
    function runtimeKeepalivePush() {
    }
    function runtimeKeepalivePop() {
    }
    function getWasmTableEntry(index2) {
      return wasmTable.get(index2);
    }
    function setWasmTableEntry(index2, func) {
      wasmTable.set(index2, func);
    }
    function setLastError(env, error_code, engine_error_code, engine_reserved) {
      env >>>= 0;
      env -= 8;
      engine_reserved >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt32(env + 40, error_code, true);
      GET_HEAP_DATA_VIEW().setUint32(env + 36, engine_error_code, true);
      GET_HEAP_DATA_VIEW().setUint32(env + 32, engine_reserved, true);
      return error_code;
    }
    var napiModule2 = {
      imports: {
        env: {},
        napi: {},
        emnapi: {}
      },
      exports: {},
      emnapi: {},
      loaded: false,
      filename: "",
      childThread: ENVIRONMENT_IS_PTHREAD,
      initWorker: void 0,
      waitThreadStart,
      PThread: void 0,
      init(options2) {
        if (napiModule2.loaded)
          return napiModule2.exports;
        if (!options2)
          throw new TypeError("Invalid napi init options");
        const instance = options2.instance;
        if (!instance?.exports)
          throw new TypeError("Invalid wasm instance");
        wasmInstance = instance;
        const exports = instance.exports;
        const module = options2.module;
        const memory = options2.memory || exports.memory;
        const table = options2.table || exports.__indirect_function_table;
        if (!(module instanceof _WebAssembly2.Module))
          throw new TypeError("Invalid wasm module");
        if (!(memory instanceof _WebAssembly2.Memory))
          throw new TypeError("Invalid wasm memory");
        if (!(table instanceof _WebAssembly2.Table))
          throw new TypeError("Invalid wasm table");
        wasmModule = module;
        wasmMemory = memory;
        wasmTable = table;
        if (typeof exports.malloc !== "function")
          throw new TypeError("malloc is not exported");
        if (typeof exports.free !== "function")
          throw new TypeError("free is not exported");
        _malloc = exports.malloc;
        _free = exports.free;
        _emnapi_create_env = exports.emnapi_create_env;
        _emnapi_delete_env = exports.emnapi_delete_env;
        if (!napiModule2.childThread) {
          const NODE_MODULE_VERSION2 = 137;
          const nodeRegisterModuleSymbol = `node_register_module_v${NODE_MODULE_VERSION2}`;
          if (typeof instance.exports[nodeRegisterModuleSymbol] === "function") {
            const scope2 = emnapiCtx.isolate.openScope();
            try {
              const exports2 = napiModule2.exports;
              const exportsHandle = scope2.add(exports2);
              const moduleHandle = scope2.add(napiModule2);
              instance.exports[nodeRegisterModuleSymbol](exportsHandle, moduleHandle, 5);
            } catch (err2) {
              if (err2 !== "unwind") {
                throw err2;
              }
            } finally {
              emnapiCtx.isolate.closeScope(scope2);
            }
            napiModule2.loaded = true;
            delete napiModule2.envObject;
            return napiModule2.exports;
          }
          const find = Object.keys(instance.exports).filter((k) => k.startsWith("node_register_module_v"));
          if (find.length > 0) {
            throw new Error(`The module${napiModule2.filename ? ` '${napiModule2.filename}'` : ""}
    was compiled against a different Node.js version using
    NODE_MODULE_VERSION ${find[0].slice(22)}. This version of Node.js requires
    NODE_MODULE_VERSION ${NODE_MODULE_VERSION2}.`);
          }
          let moduleApiVersion = 8;
          const node_api_module_get_api_version_v1 = instance.exports.node_api_module_get_api_version_v1;
          if (typeof node_api_module_get_api_version_v1 === "function") {
            moduleApiVersion = node_api_module_get_api_version_v1();
          }
          const envObject = napiModule2.envObject || (() => {
            const envObject2 = napiModule2.envObject = emnapiEnv = emnapiCtx.createEnv(napiModule2.filename, moduleApiVersion, {
              address: () => {
                let address2 = _emnapi_create_env();
                address2 >>>= 0;
                if (!address2) {
                  throw new Error("Failed to create env");
                }
                address2 += 8;
                return address2;
              },
              deleteEnv: (ptr) => {
                _emnapi_delete_env(ptr - 8);
              },
              setLastError,
              makeDynCall_vppp: (cb) => wasmTable.get(cb),
              makeDynCall_vp: (cb) => wasmTable.get(cb),
              abort
            }, emnapiNodeBinding);
            let address = envObject2.address;
            var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
            GET_HEAP_DATA_VIEW().setUint32(address - 8 + 24, envObject2.id, true);
            return envObject2;
          })();
          const scope = emnapiCtx.openScope(envObject);
          try {
            envObject.callIntoModule((_envObject) => {
              const exports2 = napiModule2.exports;
              const env = envObject.address;
              const exportsHandle = scope.add(exports2);
              const napi_register_wasm_v1 = instance.exports.napi_register_wasm_v1;
              const napiValue = napi_register_wasm_v1(env, exportsHandle);
              napiModule2.exports = !napiValue ? exports2 : emnapiCtx.jsValueFromNapiValue(napiValue);
            });
          } catch (e) {
            if (e !== "unwind") {
              throw e;
            }
          } finally {
            emnapiCtx.closeScope(envObject, scope);
          }
          napiModule2.loaded = true;
          delete napiModule2.envObject;
          return napiModule2.exports;
        }
      }
    };
    var emnapiCtx;
    var emnapiEnv;
    var emnapiNodeBinding;
    var onCreateWorker = void 0;
    var out;
    var err;
    if (!ENVIRONMENT_IS_PTHREAD) {
      const context = options.context;
      if (typeof context !== "object" || context === null) {
        throw new TypeError("Invalid `options.context`. Use `import { getDefaultContext } from '@emnapi/runtime'`");
      }
      emnapiCtx = context;
    } else {
      emnapiCtx = options?.context;
      const postMsg = typeof options.postMessage === "function" ? options.postMessage : typeof postMessage === "function" ? postMessage : void 0;
      if (typeof postMsg !== "function") {
        throw new TypeError("No postMessage found");
      }
      napiModule2.postMessage = postMsg;
    }
    if (typeof options.filename === "string") {
      napiModule2.filename = options.filename;
    }
    if (typeof options.onCreateWorker === "function") {
      onCreateWorker = options.onCreateWorker;
    }
    if (typeof options.print === "function") {
      out = options.print;
    } else {
      out = console.log.bind(console);
    }
    if (typeof options.printErr === "function") {
      err = options.printErr;
    } else {
      err = console.warn.bind(console);
    }
    if ("nodeBinding" in options) {
      const nodeBinding = options.nodeBinding;
      if (typeof nodeBinding !== "object" || nodeBinding === null) {
        throw new TypeError("Invalid `options.nodeBinding`. Use @emnapi/node-binding package");
      }
      emnapiNodeBinding = nodeBinding;
    }
    var emnapiAsyncWorkPoolSize = 0;
    if ("asyncWorkPoolSize" in options) {
      if (typeof options.asyncWorkPoolSize !== "number") {
        throw new TypeError("options.asyncWorkPoolSize must be a integer");
      }
      emnapiAsyncWorkPoolSize = options.asyncWorkPoolSize >> 0;
      if (emnapiAsyncWorkPoolSize > 1024) {
        emnapiAsyncWorkPoolSize = 1024;
      } else if (emnapiAsyncWorkPoolSize < -1024) {
        emnapiAsyncWorkPoolSize = -1024;
      }
    }
    var singleThreadAsyncWork = ENVIRONMENT_IS_PTHREAD ? false : emnapiAsyncWorkPoolSize <= 0;
    function _emnapi_async_work_pool_size() {
      return Math.abs(emnapiAsyncWorkPoolSize);
    }
    napiModule2.imports.env._emnapi_async_work_pool_size = _emnapi_async_work_pool_size;
    function emnapiAddSendListener(worker) {
      if (!worker)
        return false;
      if (worker._emnapiSendListener)
        return true;
      const handler = function(e) {
        const data = ENVIRONMENT_IS_NODE2 ? e : e.data;
        const __emnapi__ = data.__emnapi__;
        if (__emnapi__ && __emnapi__.type === "async-send") {
          if (ENVIRONMENT_IS_PTHREAD) {
            const postMessage2 = napiModule2.postMessage;
            postMessage2({ __emnapi__ });
          } else {
            const { type, callback, data: data2 } = __emnapi__.payload;
            const call = () => wasmTable.get(callback)(data2);
            switch (type) {
              case 0:
                emnapiCtx.features.setImmediate(call);
                break;
              case 1:
                Promise.resolve().then(call);
                break;
            }
          }
        }
      };
      const dispose = function() {
        if (ENVIRONMENT_IS_NODE2) {
          worker.off("message", handler);
        } else {
          worker.removeEventListener("message", handler, false);
        }
        delete worker._emnapiSendListener;
      };
      worker._emnapiSendListener = { handler, dispose };
      if (ENVIRONMENT_IS_NODE2) {
        worker.on("message", handler);
      } else {
        worker.addEventListener("message", handler, false);
      }
      return true;
    }
    napiModule2.emnapi.addSendListener = emnapiAddSendListener;
    var PThread = new ThreadManager(ENVIRONMENT_IS_PTHREAD ? {
      printErr: err,
      childThread: true
    } : {
      printErr: err,
      beforeLoad: (worker) => {
        emnapiAddSendListener(worker);
      },
      reuseWorker: options.reuseWorker,
      onCreateWorker
    });
    napiModule2.PThread = PThread;
    var initMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      ENVIRONMENT_IS_NODE: ENVIRONMENT_IS_NODE2,
      ENVIRONMENT_IS_PTHREAD,
      PThread,
      _emnapi_async_work_pool_size,
      get _emnapi_create_env() {
        return _emnapi_create_env;
      },
      get _emnapi_delete_env() {
        return _emnapi_delete_env;
      },
      get _free() {
        return _free;
      },
      get _malloc() {
        return _malloc;
      },
      abort,
      addFunction,
      get emnapiAsyncWorkPoolSize() {
        return emnapiAsyncWorkPoolSize;
      },
      get emnapiCtx() {
        return emnapiCtx;
      },
      get emnapiEnv() {
        return emnapiEnv;
      },
      get emnapiNodeBinding() {
        return emnapiNodeBinding;
      },
      get err() {
        return err;
      },
      getWasmTableEntry,
      napiModule: napiModule2,
      get onCreateWorker() {
        return onCreateWorker;
      },
      get out() {
        return out;
      },
      removeFunction,
      runtimeKeepalivePop,
      runtimeKeepalivePush,
      setWasmTableEntry,
      singleThreadAsyncWork,
      waitThreadStart,
      get wasmInstance() {
        return wasmInstance;
      },
      get wasmMemory() {
        return wasmMemory;
      },
      get wasmModule() {
        return wasmModule;
      },
      get wasmTable() {
        return wasmTable;
      }
    });
    function _emnapi_get_node_api_js_vtable() {
      return 0;
    }
    function _emnapi_get_node_api_module_vtable() {
      return 0;
    }
    function _emnapi_get_node_version(major, minor, patch) {
      major >>>= 0;
      minor >>>= 0;
      patch >>>= 0;
      const versions = typeof process === "object" && process !== null && typeof process.versions === "object" && process.versions !== null && typeof process.versions.node === "string" ? process.versions.node.split(".").map((n) => Number(n)) : [0, 0, 0];
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(major, versions[0], true);
      GET_HEAP_DATA_VIEW().setUint32(minor, versions[1], true);
      GET_HEAP_DATA_VIEW().setUint32(patch, versions[2], true);
    }
    function _emnapi_runtime_keepalive_push() {
    }
    function _emnapi_runtime_keepalive_pop() {
    }
    function _emnapi_set_immediate(callback, data) {
      emnapiCtx.features.setImmediate(() => {
        wasmTable.get(callback)(data);
      });
    }
    function _emnapi_next_tick(callback, data) {
      Promise.resolve().then(() => {
        wasmTable.get(callback)(data);
      });
    }
    function _emnapi_callback_into_module(forceUncaught, env, callback, data, close_scope_if_throw) {
      const envObject = emnapiEnv;
      const scope = emnapiCtx.openScope(envObject);
      try {
        envObject.callbackIntoModule(Boolean(forceUncaught), () => {
          wasmTable.get(callback)(env, data);
        });
      } catch (err2) {
        emnapiCtx.closeScope(envObject, scope);
        if (close_scope_if_throw) {
          emnapiCtx.closeScope(envObject);
        }
        throw err2;
      }
      emnapiCtx.closeScope(envObject, scope);
    }
    function _emnapi_call_finalizer(forceUncaught, env, callback, data, hint) {
      const envObject = emnapiEnv;
      callback >>>= 0;
      envObject.callFinalizerInternal(forceUncaught, callback, data, hint);
    }
    function _emnapi_ctx_increase_waiting_request_counter() {
      emnapiCtx.increaseWaitingRequestCounter();
    }
    function _emnapi_ctx_decrease_waiting_request_counter() {
      emnapiCtx.decreaseWaitingRequestCounter();
    }
    function _emnapi_is_main_runtime_thread() {
      return ENVIRONMENT_IS_PTHREAD ? 0 : 1;
    }
    function _emnapi_is_main_browser_thread() {
      return typeof window !== "undefined" && typeof document !== "undefined" && !ENVIRONMENT_IS_NODE2 ? 1 : 0;
    }
    function _emnapi_unwind() {
      throw "unwind";
    }
    function _emnapi_get_now() {
      return performance.timeOrigin + performance.now();
    }
    function $emnapiSetValueI64(result, numberValue) {
      let tempDouble;
      const tempI64 = [
        numberValue >>> 0,
        (tempDouble = numberValue, +Math.abs(tempDouble) >= 1 ? tempDouble > 0 ? (Math.min(+Math.floor(tempDouble / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math.ceil((tempDouble - +(~~tempDouble >>> 0)) / 4294967296) >>> 0 : 0)
      ];
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt32(result, tempI64[0], true);
      GET_HEAP_DATA_VIEW().setInt32(result + 4, tempI64[1], true);
    }
    function _emnapi_open_handle_scope() {
      return emnapiCtx.isolate.openScope().id;
    }
    function _emnapi_close_handle_scope(_scope) {
      return emnapiCtx.isolate.closeScope();
    }
    var utilMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      $emnapiSetValueI64,
      _emnapi_call_finalizer,
      _emnapi_callback_into_module,
      _emnapi_close_handle_scope,
      _emnapi_ctx_decrease_waiting_request_counter,
      _emnapi_ctx_increase_waiting_request_counter,
      _emnapi_get_node_api_js_vtable,
      _emnapi_get_node_api_module_vtable,
      _emnapi_get_node_version,
      _emnapi_get_now,
      _emnapi_is_main_browser_thread,
      _emnapi_is_main_runtime_thread,
      _emnapi_next_tick,
      _emnapi_open_handle_scope,
      _emnapi_runtime_keepalive_pop,
      _emnapi_runtime_keepalive_push,
      _emnapi_set_immediate,
      _emnapi_unwind
    });
    function emnapiGetWorkerByPthreadPtr(pthreadPtr) {
      const view = new DataView(wasmMemory.buffer);
      const tidOffset = 20;
      const tid = view.getInt32(pthreadPtr + tidOffset, true);
      const worker = PThread.pthreads[tid];
      return worker;
    }
    function _emnapi_worker_ref(pthreadPtr) {
      if (ENVIRONMENT_IS_PTHREAD)
        return;
      pthreadPtr >>>= 0;
      const worker = emnapiGetWorkerByPthreadPtr(pthreadPtr);
      if (worker && typeof worker.ref === "function") {
        worker.ref();
      }
    }
    function _emnapi_worker_unref(pthreadPtr) {
      if (ENVIRONMENT_IS_PTHREAD)
        return;
      pthreadPtr >>>= 0;
      const worker = emnapiGetWorkerByPthreadPtr(pthreadPtr);
      if (worker && typeof worker.unref === "function") {
        worker.unref();
      }
    }
    function _emnapi_async_send_js(type, callback, data) {
      if (ENVIRONMENT_IS_PTHREAD) {
        const postMessage2 = napiModule2.postMessage;
        postMessage2({
          __emnapi__: {
            type: "async-send",
            payload: {
              type,
              callback,
              data
            }
          }
        });
      } else {
        switch (type) {
          case 0:
            _emnapi_set_immediate(callback, data);
            break;
          case 1:
            _emnapi_next_tick(callback, data);
            break;
        }
      }
    }
    var uvThreadpoolReadyResolve;
    var uvThreadpoolReady = new Promise((resolve) => {
      uvThreadpoolReadyResolve = function() {
        uvThreadpoolReady.ready = true;
        resolve();
      };
    });
    uvThreadpoolReady.ready = false;
    function _emnapi_after_uvthreadpool_ready(callback, q, type) {
      if (uvThreadpoolReady.ready) {
        wasmTable.get(callback)(q, type);
      } else {
        uvThreadpoolReady.then(() => {
          wasmTable.get(callback)(q, type);
        });
      }
    }
    function _emnapi_tell_js_uvthreadpool(threads, size) {
      const p = [];
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      for (let i = 0; i < size; i++) {
        const pthreadPtr = GET_HEAP_DATA_VIEW().getUint32(threads + i * 4, true);
        const worker = emnapiGetWorkerByPthreadPtr(pthreadPtr);
        p.push(new Promise((resolve) => {
          const handler = function(e) {
            const data = ENVIRONMENT_IS_NODE2 ? e : e.data;
            const __emnapi__ = data.__emnapi__;
            if (__emnapi__ && __emnapi__.type === "async-thread-ready") {
              resolve();
              if (worker && typeof worker.unref === "function") {
                worker.unref();
              }
              if (ENVIRONMENT_IS_NODE2) {
                worker.off("message", handler);
              } else {
                worker.removeEventListener("message", handler);
              }
            }
          };
          if (ENVIRONMENT_IS_NODE2) {
            worker.on("message", handler);
          } else {
            worker.addEventListener("message", handler);
          }
        }));
      }
      Promise.all(p).then(uvThreadpoolReadyResolve);
    }
    function _emnapi_emit_async_thread_ready() {
      if (!ENVIRONMENT_IS_PTHREAD)
        return;
      const postMessage2 = napiModule2.postMessage;
      postMessage2({
        __emnapi__: {
          type: "async-thread-ready",
          payload: {}
        }
      });
    }
    var asyncMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      _emnapi_after_uvthreadpool_ready,
      _emnapi_async_send_js,
      _emnapi_emit_async_thread_ready,
      _emnapi_tell_js_uvthreadpool,
      _emnapi_worker_ref,
      _emnapi_worker_unref
    });
    function napi_adjust_external_memory(env, change_in_bytes, adjusted_value) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!adjusted_value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      let adjusted_memory = emnapiCtx.adjustAmountOfExternalAllocatedMemory(change_in_bytes);
      adjusted_value >>>= 0;
      if (emnapiCtx.features.BigInt) {
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setBigInt64(adjusted_value, BigInt(adjusted_memory), true);
      } else {
        $emnapiSetValueI64(adjusted_value, Number(adjusted_memory));
      }
      return envObject.clearLastError();
    }
    var memoryMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_adjust_external_memory
    });
    const emnapiExternalMemory = {
      registry: typeof FinalizationRegistry === "function" ? new FinalizationRegistry(function(_pointer) {
        _free(_pointer);
      }) : void 0,
      table: /* @__PURE__ */ new WeakMap(),
      backingStoreTable: /* @__PURE__ */ new Map(),
      wasmMemoryViewTable: /* @__PURE__ */ new WeakMap(),
      cachedMemoryBuffer: void 0,
      cachedHEAPU8: void 0,
      // populated by init(): live intrinsic function references must not exist at
      // library definition time \u2014 the emscripten jsifier re-serializes this object
      // and native functions do not stringify to parseable source
      intrinsics: void 0,
      init: function() {
        emnapiExternalMemory.registry = typeof FinalizationRegistry === "function" ? new FinalizationRegistry(function(_pointer) {
          _free(_pointer);
        }) : void 0;
        emnapiExternalMemory.table = /* @__PURE__ */ new WeakMap();
        emnapiExternalMemory.backingStoreTable = /* @__PURE__ */ new Map();
        emnapiExternalMemory.wasmMemoryViewTable = /* @__PURE__ */ new WeakMap();
        emnapiExternalMemory.cachedMemoryBuffer = void 0;
        emnapiExternalMemory.cachedHEAPU8 = void 0;
        const sharedArrayBufferByteLength2 = typeof SharedArrayBuffer === "function" ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength")?.get : void 0;
        emnapiExternalMemory.intrinsics = {
          // ArrayBuffer.isView ignores its `this`, so a bare cached reference is
          // safe and cannot be swapped out by user code replacing the global
          isView: ArrayBuffer.isView,
          typedArray: {
            buffer: Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "buffer").get,
            byteOffset: Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "byteOffset").get,
            length: Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "length").get,
            tag: Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get
          },
          dataView: {
            buffer: Object.getOwnPropertyDescriptor(DataView.prototype, "buffer").get,
            byteOffset: Object.getOwnPropertyDescriptor(DataView.prototype, "byteOffset").get,
            byteLength: Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get
          },
          arrayBuffer: {
            byteLength: Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get
          },
          // a SharedArrayBuffer polyfill may lack the byteLength accessor: degrade
          // to the hidden-global classification path instead of throwing here
          sharedArrayBuffer: sharedArrayBufferByteLength2 !== void 0 ? {
            byteLength: sharedArrayBufferByteLength2
          } : void 0,
          ctors: {
            Int8Array,
            Uint8Array,
            Uint8ClampedArray,
            Int16Array,
            Uint16Array,
            Int32Array,
            Uint32Array,
            Float16Array: typeof Float16Array === "function" ? Float16Array : void 0,
            Float32Array,
            Float64Array,
            BigInt64Array,
            BigUint64Array
          },
          bufferFrom: void 0
        };
      },
      getHEAPU8: function() {
        const buffer = wasmMemory.buffer;
        if (buffer !== emnapiExternalMemory.cachedMemoryBuffer || emnapiExternalMemory.cachedHEAPU8?.byteLength !== buffer.byteLength) {
          emnapiExternalMemory.cachedMemoryBuffer = buffer;
          emnapiExternalMemory.cachedHEAPU8 = new Uint8Array(buffer);
        }
        return emnapiExternalMemory.cachedHEAPU8;
      },
      isSharedArrayBuffer(value) {
        const sharedArrayBuffer = emnapiExternalMemory.intrinsics.sharedArrayBuffer;
        if (sharedArrayBuffer !== void 0) {
          if (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer)
            return true;
          try {
            sharedArrayBuffer.byteLength.call(value);
            return true;
          } catch (_) {
            return false;
          }
        }
        try {
          emnapiExternalMemory.intrinsics.arrayBuffer.byteLength.call(value);
          return false;
        } catch (_) {
        }
        return Object.prototype.toString.call(value) === "[object SharedArrayBuffer]";
      },
      isDetachedArrayBuffer: function(arrayBuffer) {
        if (emnapiExternalMemory.bufferByteLength(arrayBuffer) === 0) {
          try {
            new Uint8Array(arrayBuffer);
          } catch (_) {
            return true;
          }
        }
        return false;
      },
      bufferByteLength: function(buffer) {
        const intrinsics = emnapiExternalMemory.intrinsics;
        try {
          return intrinsics.arrayBuffer.byteLength.call(buffer);
        } catch (err2) {
          const sharedArrayBuffer = intrinsics.sharedArrayBuffer;
          if (sharedArrayBuffer !== void 0) {
            return sharedArrayBuffer.byteLength.call(buffer);
          }
          const proto = Object.getPrototypeOf(buffer);
          const get = proto !== null && proto !== void 0 ? Object.getOwnPropertyDescriptor(proto, "byteLength")?.get : void 0;
          if (get === void 0)
            throw err2;
          return get.call(buffer);
        }
      },
      viewBuffer: function(view) {
        const intrinsics = emnapiExternalMemory.intrinsics;
        return intrinsics.typedArray.tag.call(view) === void 0 ? intrinsics.dataView.buffer.call(view) : intrinsics.typedArray.buffer.call(view);
      },
      viewByteOffset: function(view) {
        const intrinsics = emnapiExternalMemory.intrinsics;
        return intrinsics.typedArray.tag.call(view) === void 0 ? intrinsics.dataView.byteOffset.call(view) : intrinsics.typedArray.byteOffset.call(view);
      },
      // element count for typed arrays, byteLength for DataViews (the unit used
      // by the napi_get_typedarray_info / napi_get_dataview_info length outputs
      // and by the view constructors at reconstruction)
      viewLength: function(view) {
        const intrinsics = emnapiExternalMemory.intrinsics;
        return intrinsics.typedArray.tag.call(view) === void 0 ? intrinsics.dataView.byteLength.call(view) : intrinsics.typedArray.length.call(view);
      },
      // Buffer descriptors are only ever created by emnapi's own buffer creation
      // paths; capturing Buffer.from the first time one is created snapshots the
      // legitimate function before any later reconstruction, so a user replacing
      // Buffer.from afterwards cannot influence a refreshed view
      getBufferFrom: function() {
        return emnapiExternalMemory.intrinsics.bufferFrom ?? (emnapiExternalMemory.intrinsics.bufferFrom = emnapiCtx.features.Buffer.from);
      },
      setBackingStore: function(backingStore, data, byteLength, arrayBuffer) {
        emnapiExternalMemory.backingStoreTable.set(backingStore, { data, byteLength, arrayBuffer });
      },
      getBackingStoreData: function(backingStore) {
        return emnapiExternalMemory.backingStoreTable.get(backingStore)?.data ?? 0;
      },
      getBackingStoreByteLength: function(backingStore) {
        return emnapiExternalMemory.backingStoreTable.get(backingStore)?.byteLength ?? 0;
      },
      deleteBackingStore: function(backingStore) {
        emnapiExternalMemory.backingStoreTable.delete(backingStore);
      },
      registerBufferAllocation: function(buffer, address, length) {
        const viewDescriptor = {
          Ctor: emnapiCtx.features.Buffer,
          address,
          length,
          ownership: emnapiExternalMemory.registry ? 0 : 1,
          runtimeAllocated: 1
        };
        emnapiExternalMemory.wasmMemoryViewTable.set(buffer, viewDescriptor);
        emnapiExternalMemory.registry?.register(viewDescriptor, address);
      },
      getArrayBufferPointer: function(arrayBuffer, shouldCopy) {
        const info = {
          address: 0,
          ownership: 0,
          runtimeAllocated: 0
        };
        if (arrayBuffer === wasmMemory.buffer) {
          return info;
        }
        const isDetached = emnapiExternalMemory.isDetachedArrayBuffer(arrayBuffer);
        const cachedInfo = emnapiExternalMemory.table.get(arrayBuffer);
        if (cachedInfo !== void 0) {
          if (isDetached) {
            cachedInfo.address = 0;
            return cachedInfo;
          }
          if (shouldCopy && cachedInfo.ownership === 0 && cachedInfo.runtimeAllocated === 1) {
            emnapiExternalMemory.getHEAPU8().set(new Uint8Array(arrayBuffer), cachedInfo.address);
          }
          return cachedInfo;
        }
        const byteLength = emnapiExternalMemory.bufferByteLength(arrayBuffer);
        if (isDetached || byteLength === 0) {
          return info;
        }
        if (!shouldCopy) {
          return info;
        }
        let pointer = _malloc(byteLength);
        if (!pointer)
          throw new Error("Out of memory");
        pointer >>>= 0;
        emnapiExternalMemory.getHEAPU8().set(new Uint8Array(arrayBuffer), pointer);
        info.address = pointer;
        info.ownership = emnapiExternalMemory.registry ? 0 : 1;
        info.runtimeAllocated = 1;
        emnapiExternalMemory.table.set(arrayBuffer, info);
        emnapiExternalMemory.registry?.register(arrayBuffer, pointer);
        return info;
      },
      getOrUpdateMemoryView: function(view) {
        const intrinsics = emnapiExternalMemory.intrinsics;
        const tag = intrinsics.typedArray.tag.call(view);
        const isDataView = tag === void 0;
        const buffer = isDataView ? intrinsics.dataView.buffer.call(view) : intrinsics.typedArray.buffer.call(view);
        if (buffer === wasmMemory.buffer) {
          if (emnapiExternalMemory.wasmMemoryViewTable.get(view) === void 0) {
            emnapiExternalMemory.wasmMemoryViewTable.set(view, {
              // store the intrinsic element-type constructor keyed by the
              // @@toStringTag slot (never view.constructor and never a
              // user-definable Buffer @@hasInstance check): reconstruction after a
              // memory growth must not run any user code, because it could grow
              // again after the fresh buffer was captured as an argument. Buffers
              // are tagged 'Uint8Array' and reconstruct as base Uint8Array views
              Ctor: isDataView ? DataView : intrinsics.ctors[tag],
              address: isDataView ? intrinsics.dataView.byteOffset.call(view) : intrinsics.typedArray.byteOffset.call(view),
              length: isDataView ? intrinsics.dataView.byteLength.call(view) : intrinsics.typedArray.length.call(view),
              ownership: 1,
              runtimeAllocated: 0
            });
          }
          return view;
        }
        const maybeOldWasmMemory = emnapiExternalMemory.isDetachedArrayBuffer(buffer) || emnapiExternalMemory.isSharedArrayBuffer(buffer);
        const oldViewInfo = maybeOldWasmMemory ? emnapiExternalMemory.wasmMemoryViewTable.get(view) : void 0;
        if (oldViewInfo !== void 0) {
          const info = oldViewInfo;
          const Ctor = info.Ctor;
          let newView;
          const Buffer2 = emnapiCtx.features.Buffer;
          if (typeof Buffer2 === "function" && Ctor === Buffer2) {
            newView = emnapiExternalMemory.getBufferFrom()(wasmMemory.buffer, info.address, info.length);
          } else {
            newView = new Ctor(wasmMemory.buffer, info.address, info.length);
          }
          emnapiExternalMemory.wasmMemoryViewTable.set(newView, info);
          return newView;
        }
        return view;
      },
      getViewPointer: function(view, shouldCopy) {
        view = emnapiExternalMemory.getOrUpdateMemoryView(view);
        const buffer = emnapiExternalMemory.viewBuffer(view);
        if (buffer === wasmMemory.buffer) {
          const info = emnapiExternalMemory.wasmMemoryViewTable.get(view);
          if (info !== void 0) {
            const { address: address2, ownership: ownership2, runtimeAllocated: runtimeAllocated2 } = info;
            return { address: address2, ownership: ownership2, runtimeAllocated: runtimeAllocated2, view };
          }
          return { address: emnapiExternalMemory.viewByteOffset(view), ownership: 1, runtimeAllocated: 0, view };
        }
        const { address, ownership, runtimeAllocated } = emnapiExternalMemory.getArrayBufferPointer(buffer, shouldCopy);
        return { address: address === 0 ? 0 : address + emnapiExternalMemory.viewByteOffset(view), ownership, runtimeAllocated, view };
      }
    };
    const emnapiExternalSAB = {
      registry: void 0,
      handleTable: /* @__PURE__ */ new WeakMap(),
      init: function() {
        emnapiExternalSAB.handleTable = /* @__PURE__ */ new WeakMap();
        emnapiExternalSAB.registry = typeof FinalizationRegistry === "function" ? new FinalizationRegistry(function(metaPtr) {
          emnapiExternalSAB.release(metaPtr);
        }) : void 0;
      },
      allocMeta: function(external_data, byte_length, finalize_cb, finalize_data, finalize_hint) {
        const size = 4 * 6;
        let metaPtr = _malloc(size);
        if (!metaPtr)
          throw new Error("Out of memory");
        metaPtr >>>= 0;
        Atomics.store(new Int32Array(wasmMemory.buffer, metaPtr, 1), 0, 1);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(metaPtr + 4, external_data, true);
        GET_HEAP_DATA_VIEW().setUint32(metaPtr + 8, byte_length, true);
        GET_HEAP_DATA_VIEW().setUint32(metaPtr + 12, finalize_cb, true);
        GET_HEAP_DATA_VIEW().setUint32(metaPtr + 16, finalize_data, true);
        GET_HEAP_DATA_VIEW().setUint32(metaPtr + 20, finalize_hint, true);
        return metaPtr;
      },
      readMeta: function(metaPtr) {
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        const external_data = GET_HEAP_DATA_VIEW().getUint32(metaPtr + 4, true);
        const byte_length = GET_HEAP_DATA_VIEW().getUint32(metaPtr + 8, true);
        const finalize_cb = GET_HEAP_DATA_VIEW().getUint32(metaPtr + 12, true);
        const finalize_data = GET_HEAP_DATA_VIEW().getUint32(metaPtr + 16, true);
        const finalize_hint = GET_HEAP_DATA_VIEW().getUint32(metaPtr + 20, true);
        return { external_data, byte_length, finalize_cb, finalize_data, finalize_hint };
      },
      release: function(metaPtr) {
        const oldRefcount = Atomics.sub(new Int32Array(wasmMemory.buffer, metaPtr, 1), 0, 1);
        if (oldRefcount === 1) {
          const info = emnapiExternalSAB.readMeta(metaPtr);
          const finalize_cb = info.finalize_cb;
          if (finalize_cb) {
            const finalize_data = info.finalize_data;
            const finalize_hint = info.finalize_hint;
            wasmTable.get(finalize_cb)(finalize_data, finalize_hint);
          }
          _free(metaPtr);
        }
      }
    };
    var emnapiString = {
      utf8Decoder: void 0,
      utf16Decoder: void 0,
      cachedMemoryBuffer: void 0,
      cachedHEAPU8: void 0,
      cachedHEAPU16: void 0,
      getHEAPU8() {
        const buffer = wasmMemory.buffer;
        if (buffer !== emnapiString.cachedMemoryBuffer || emnapiString.cachedHEAPU8?.byteLength !== buffer.byteLength) {
          emnapiString.cachedMemoryBuffer = buffer;
          emnapiString.cachedHEAPU8 = new Uint8Array(buffer);
          emnapiString.cachedHEAPU16 = void 0;
        }
        return emnapiString.cachedHEAPU8;
      },
      getHEAPU16() {
        emnapiString.getHEAPU8();
        if (emnapiString.cachedHEAPU16 === void 0) {
          emnapiString.cachedHEAPU16 = new Uint16Array(emnapiString.cachedMemoryBuffer);
        }
        return emnapiString.cachedHEAPU16;
      },
      getHeapViewOrCopy(heap, start, end) {
        const buffer = heap.buffer;
        const isShared = Object.prototype.toString.call(buffer) === "[object SharedArrayBuffer]";
        const isResizable = buffer.resizable === true;
        return isShared || isResizable ? heap.slice(start, end) : heap.subarray(start, end);
      },
      init() {
        emnapiString.cachedMemoryBuffer = void 0;
        emnapiString.cachedHEAPU8 = void 0;
        emnapiString.cachedHEAPU16 = void 0;
        const fallbackDecoder = {
          decode(bytes) {
            let inputIndex = 0;
            const pendingSize = Math.min(4096, bytes.length + 1);
            const pending = new Uint16Array(pendingSize);
            const chunks = [];
            let pendingIndex = 0;
            for (; ; ) {
              const more = inputIndex < bytes.length;
              if (!more || pendingIndex >= pendingSize - 1) {
                const subarray = pending.subarray(0, pendingIndex);
                const arraylike = subarray;
                chunks.push(String.fromCharCode.apply(null, arraylike));
                if (!more) {
                  return chunks.join("");
                }
                bytes = bytes.subarray(inputIndex);
                inputIndex = 0;
                pendingIndex = 0;
              }
              const byte1 = bytes[inputIndex++];
              if ((byte1 & 128) === 0) {
                pending[pendingIndex++] = byte1;
              } else if ((byte1 & 224) === 192) {
                const byte2 = bytes[inputIndex++] & 63;
                pending[pendingIndex++] = (byte1 & 31) << 6 | byte2;
              } else if ((byte1 & 240) === 224) {
                const byte2 = bytes[inputIndex++] & 63;
                const byte3 = bytes[inputIndex++] & 63;
                pending[pendingIndex++] = (byte1 & 31) << 12 | byte2 << 6 | byte3;
              } else if ((byte1 & 248) === 240) {
                const byte2 = bytes[inputIndex++] & 63;
                const byte3 = bytes[inputIndex++] & 63;
                const byte4 = bytes[inputIndex++] & 63;
                let codepoint = (byte1 & 7) << 18 | byte2 << 12 | byte3 << 6 | byte4;
                if (codepoint > 65535) {
                  codepoint -= 65536;
                  pending[pendingIndex++] = codepoint >>> 10 & 1023 | 55296;
                  codepoint = 56320 | codepoint & 1023;
                }
                pending[pendingIndex++] = codepoint;
              } else ;
            }
          }
        };
        let utf8Decoder;
        utf8Decoder = typeof TextDecoder === "function" ? new TextDecoder() : fallbackDecoder;
        emnapiString.utf8Decoder = utf8Decoder;
        const fallbackDecoder2 = {
          decode(input) {
            const bytes = new Uint16Array(input.buffer, input.byteOffset, input.byteLength / 2);
            if (bytes.length <= 4096) {
              return String.fromCharCode.apply(null, bytes);
            }
            const chunks = [];
            let i = 0;
            let len = 0;
            for (; i < bytes.length; i += len) {
              len = Math.min(4096, bytes.length - i);
              chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + len)));
            }
            return chunks.join("");
          }
        };
        let utf16Decoder;
        utf16Decoder = typeof TextDecoder === "function" ? new TextDecoder("utf-16le") : fallbackDecoder2;
        emnapiString.utf16Decoder = utf16Decoder;
      },
      lengthBytesUTF8(str) {
        let c;
        let len = 0;
        for (let i = 0; i < str.length; ++i) {
          c = str.charCodeAt(i);
          if (c <= 127) {
            len++;
          } else if (c <= 2047) {
            len += 2;
          } else if (c >= 55296 && c <= 57343) {
            len += 4;
            ++i;
          } else {
            len += 3;
          }
        }
        return len;
      },
      UTF8ToString(ptr, length) {
        if (!ptr || !length)
          return "";
        ptr >>>= 0;
        const HEAPU8 = emnapiString.getHEAPU8();
        let end = ptr;
        if (length === -1 || length === 4294967295) {
          for (; HEAPU8[end]; )
            ++end;
        } else {
          end = ptr + (length >>> 0);
        }
        length = end - ptr;
        if (length <= 16) {
          let idx = ptr;
          var str = "";
          while (idx < end) {
            var u0 = HEAPU8[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = HEAPU8[idx++] & 63;
            if ((u0 & 224) === 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = HEAPU8[idx++] & 63;
            if ((u0 & 240) === 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | HEAPU8[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        }
        return emnapiString.utf8Decoder.decode(emnapiString.getHeapViewOrCopy(HEAPU8, ptr, end));
      },
      stringToUTF8(str, outPtr, maxBytesToWrite) {
        const HEAPU8 = emnapiString.getHEAPU8();
        let outIdx = outPtr;
        outIdx >>>= 0;
        if (!(maxBytesToWrite > 0)) {
          return 0;
        }
        var startIdx = outIdx;
        var endIdx = outIdx + maxBytesToWrite - 1;
        for (var i = 0; i < str.length; ++i) {
          var u = str.charCodeAt(i);
          if (u >= 55296 && u <= 57343) {
            var u1 = str.charCodeAt(++i);
            u = 65536 + ((u & 1023) << 10) | u1 & 1023;
          }
          if (u <= 127) {
            if (outIdx >= endIdx)
              break;
            HEAPU8[outIdx++] = u;
          } else if (u <= 2047) {
            if (outIdx + 1 >= endIdx)
              break;
            HEAPU8[outIdx++] = 192 | u >> 6;
            HEAPU8[outIdx++] = 128 | u & 63;
          } else if (u <= 65535) {
            if (outIdx + 2 >= endIdx)
              break;
            HEAPU8[outIdx++] = 224 | u >> 12;
            HEAPU8[outIdx++] = 128 | u >> 6 & 63;
            HEAPU8[outIdx++] = 128 | u & 63;
          } else {
            if (outIdx + 3 >= endIdx)
              break;
            HEAPU8[outIdx++] = 240 | u >> 18;
            HEAPU8[outIdx++] = 128 | u >> 12 & 63;
            HEAPU8[outIdx++] = 128 | u >> 6 & 63;
            HEAPU8[outIdx++] = 128 | u & 63;
          }
        }
        HEAPU8[outIdx] = 0;
        return outIdx - startIdx;
      },
      UTF16ToString(ptr, length) {
        if (!ptr || !length)
          return "";
        ptr >>>= 0;
        let end = ptr;
        if (length === -1 || length === 4294967295) {
          let idx = end >>> 1;
          const HEAPU16 = emnapiString.getHEAPU16();
          while (HEAPU16[idx])
            ++idx;
          end = idx << 1 >>> 0;
        } else {
          end = ptr + (length >>> 0) * 2;
        }
        length = end - ptr;
        if (length <= 32) {
          return String.fromCharCode.apply(null, new Uint16Array(wasmMemory.buffer, ptr, length / 2));
        }
        const HEAPU8 = emnapiString.getHEAPU8();
        return emnapiString.utf16Decoder.decode(emnapiString.getHeapViewOrCopy(HEAPU8, ptr, end));
      },
      stringToUTF16(str, outPtr, maxBytesToWrite) {
        if (maxBytesToWrite === void 0) {
          maxBytesToWrite = 2147483647;
        }
        if (maxBytesToWrite < 2)
          return 0;
        maxBytesToWrite -= 2;
        var startPtr = outPtr;
        var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        for (var i = 0; i < numCharsToWrite; ++i) {
          var codeUnit = str.charCodeAt(i);
          GET_HEAP_DATA_VIEW().setInt16(outPtr, codeUnit, true);
          outPtr += 2;
        }
        GET_HEAP_DATA_VIEW().setInt16(outPtr, 0, true);
        return outPtr - startPtr;
      },
      newString(env, str, length, result, stringMaker) {
        length >>>= 0;
        if (!env)
          return 1;
        const envObject = emnapiEnv;
        envObject.checkGCAccess();
        const autoLength = length === -1 || length === 4294967295;
        const sizelength = length >>> 0;
        if (length !== 0) {
          if (!str)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!(autoLength || sizelength <= 2147483647))
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        str >>>= 0;
        const strValue = stringMaker(str, autoLength, sizelength);
        result >>>= 0;
        const value = emnapiCtx.napiValueFromJsValue(strValue);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return envObject.clearLastError();
      },
      newExternalString(env, str, length, finalize_callback, finalize_hint, result, copied, createApi, stringMaker) {
        length >>>= 0;
        if (!env)
          return 1;
        const envObject = emnapiEnv;
        envObject.checkGCAccess();
        const autoLength = length === -1 || length === 4294967295;
        const sizelength = length >>> 0;
        if (length !== 0) {
          if (!str)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!(autoLength || sizelength <= 2147483647))
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const status = createApi(env, str, length, result);
        if (status === 0) {
          if (copied) {
            var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
            GET_HEAP_DATA_VIEW().setInt8(copied, 1, true);
          }
          if (finalize_callback) {
            envObject.callFinalizer(finalize_callback, str, finalize_hint);
          }
        }
        return status;
      },
      encode(str, autoLength, sizeLength, convert) {
        let latin1String = "";
        let len = 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        if (autoLength) {
          while (true) {
            const ch = GET_HEAP_DATA_VIEW().getUint8(str, true);
            if (!ch)
              break;
            latin1String += convert(ch);
            str++;
          }
        } else {
          while (len < sizeLength) {
            const ch = GET_HEAP_DATA_VIEW().getUint8(str, true);
            if (!ch)
              break;
            latin1String += convert(ch);
            len++;
            str++;
          }
        }
        return latin1String;
      }
    };
    function napi_get_array_length(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        if (!Array.isArray(jsValue)) {
          return envObject.setLastError(
            8
            /* napi_status.napi_array_expected */
          );
        }
        result >>>= 0;
        const v = jsValue.length >>> 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_arraybuffer_info(env, arraybuffer, data, byte_length) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!arraybuffer)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(arraybuffer);
      if (!(jsValue instanceof ArrayBuffer) && !emnapiExternalMemory.isSharedArrayBuffer(jsValue)) {
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      }
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (data) {
        data >>>= 0;
        const p = emnapiExternalMemory.getArrayBufferPointer(jsValue, true).address;
        GET_HEAP_DATA_VIEW().setUint32(data, p, true);
      }
      if (byte_length) {
        byte_length >>>= 0;
        const len = emnapiExternalMemory.bufferByteLength(jsValue);
        GET_HEAP_DATA_VIEW().setUint32(byte_length, len, true);
      }
      return envObject.clearLastError();
    }
    function node_api_set_prototype(env, object, value) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const obj = emnapiCtx.jsValueFromNapiValue(object);
        if (obj == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof obj;
        let v;
        try {
          v = type === "object" && obj !== null || type === "function" ? obj : Object(obj);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        const val = emnapiCtx.jsValueFromNapiValue(value);
        Object.setPrototypeOf(v, val);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_prototype(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        result >>>= 0;
        const p = emnapiCtx.napiValueFromJsValue(Object.getPrototypeOf(v));
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, p, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_typedarray_info(env, typedarray, type, length, data, arraybuffer, byte_offset) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!typedarray)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(typedarray);
      if (!emnapiExternalMemory.intrinsics.isView(jsValue)) {
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      }
      let v = jsValue;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (type) {
        type >>>= 0;
        let t;
        switch (emnapiExternalMemory.intrinsics.typedArray.tag.call(v)) {
          case "Int8Array":
            t = 0;
            break;
          case "Uint8Array":
            t = 1;
            break;
          case "Uint8ClampedArray":
            t = 2;
            break;
          case "Int16Array":
            t = 3;
            break;
          case "Uint16Array":
            t = 4;
            break;
          case "Int32Array":
            t = 5;
            break;
          case "Uint32Array":
            t = 6;
            break;
          case "Float16Array":
            t = 11;
            break;
          case "Float32Array":
            t = 7;
            break;
          case "Float64Array":
            t = 8;
            break;
          case "BigInt64Array":
            t = 9;
            break;
          case "BigUint64Array":
            t = 10;
            break;
          default:
            return envObject.setLastError(
              9
              /* napi_status.napi_generic_failure */
            );
        }
        GET_HEAP_DATA_VIEW().setInt32(type, t, true);
      }
      v = emnapiExternalMemory.getOrUpdateMemoryView(v);
      if (length) {
        length >>>= 0;
        const len = emnapiExternalMemory.viewLength(v);
        GET_HEAP_DATA_VIEW().setUint32(length, len, true);
      }
      if (data || arraybuffer) {
        if (data) {
          data >>>= 0;
          const vp = emnapiExternalMemory.getViewPointer(v, true);
          v = vp.view;
          const p = vp.address;
          GET_HEAP_DATA_VIEW().setUint32(data, p, true);
        }
        if (arraybuffer) {
          arraybuffer >>>= 0;
          const ab = emnapiCtx.napiValueFromJsValue(emnapiExternalMemory.viewBuffer(v));
          GET_HEAP_DATA_VIEW().setUint32(arraybuffer, ab, true);
        }
      }
      if (byte_offset) {
        byte_offset >>>= 0;
        const offset = emnapiExternalMemory.viewByteOffset(v);
        GET_HEAP_DATA_VIEW().setUint32(byte_offset, offset, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_buffer_info(env, buffer, data, length) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!buffer)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(buffer);
      const Buffer2 = emnapiCtx.features.Buffer;
      const bool = emnapiExternalMemory.intrinsics.isView(jsValue) || typeof Buffer2 === "function" && Buffer2.isBuffer(jsValue);
      if (!bool)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (emnapiExternalMemory.intrinsics.typedArray.tag.call(jsValue) === void 0) {
        return napi_get_dataview_info(env, buffer, length, data, 0, 0);
      }
      return napi_get_typedarray_info(env, buffer, 0, length, data, 0, 0);
    }
    function napi_get_dataview_info(env, dataview, byte_length, data, arraybuffer, byte_offset) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!dataview)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(dataview);
      if (!emnapiExternalMemory.intrinsics.isView(jsValue) || emnapiExternalMemory.intrinsics.typedArray.tag.call(jsValue) !== void 0) {
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      }
      let v = emnapiExternalMemory.getOrUpdateMemoryView(jsValue);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (byte_length) {
        byte_length >>>= 0;
        const len = emnapiExternalMemory.viewLength(v);
        GET_HEAP_DATA_VIEW().setUint32(byte_length, len, true);
      }
      if (data || arraybuffer) {
        if (data) {
          data >>>= 0;
          const vp = emnapiExternalMemory.getViewPointer(v, true);
          v = vp.view;
          const p = vp.address;
          GET_HEAP_DATA_VIEW().setUint32(data, p, true);
        }
        if (arraybuffer) {
          arraybuffer >>>= 0;
          const ab = emnapiCtx.napiValueFromJsValue(emnapiExternalMemory.viewBuffer(v));
          GET_HEAP_DATA_VIEW().setUint32(arraybuffer, ab, true);
        }
      }
      if (byte_offset) {
        byte_offset >>>= 0;
        const offset = emnapiExternalMemory.viewByteOffset(v);
        GET_HEAP_DATA_VIEW().setUint32(byte_offset, offset, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_date_value(env, value, result) {
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        if (!(jsValue instanceof Date)) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        result >>>= 0;
        v = jsValue.valueOf();
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setFloat64(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_value_bool(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "boolean") {
        return envObject.setLastError(
          7
          /* napi_status.napi_boolean_expected */
        );
      }
      result >>>= 0;
      const r = jsValue ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_get_value_double(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "number") {
        return envObject.setLastError(
          6
          /* napi_status.napi_number_expected */
        );
      }
      result >>>= 0;
      const r = jsValue;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setFloat64(result, r, true);
      return envObject.clearLastError();
    }
    function napi_get_value_bigint_int64(env, value, result, lossless) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!emnapiCtx.features.BigInt) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!lossless)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const numberValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof numberValue !== "bigint") {
        return envObject.setLastError(
          6
          /* napi_status.napi_number_expected */
        );
      }
      lossless >>>= 0;
      result >>>= 0;
      const int64Value = BigInt.asIntN(64, numberValue);
      const isLossless = int64Value === numberValue ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(lossless, isLossless, true);
      const low = Number(int64Value & BigInt(4294967295));
      const high = Number(int64Value >> BigInt(32));
      GET_HEAP_DATA_VIEW().setInt32(result, low, true);
      GET_HEAP_DATA_VIEW().setInt32(result + 4, high, true);
      return envObject.clearLastError();
    }
    function napi_get_value_bigint_uint64(env, value, result, lossless) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!emnapiCtx.features.BigInt) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!lossless)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const numberValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof numberValue !== "bigint") {
        return envObject.setLastError(
          6
          /* napi_status.napi_number_expected */
        );
      }
      lossless >>>= 0;
      result >>>= 0;
      const uint64Value = BigInt.asUintN(64, numberValue);
      const isLossless = uint64Value === numberValue ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(lossless, isLossless, true);
      const low = Number(uint64Value & BigInt(4294967295));
      const high = Number(uint64Value >> BigInt(32));
      GET_HEAP_DATA_VIEW().setUint32(result, low, true);
      GET_HEAP_DATA_VIEW().setUint32(result + 4, high, true);
      return envObject.clearLastError();
    }
    function napi_get_value_bigint_words(env, value, sign_bit, word_count, words) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!emnapiCtx.features.BigInt) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!word_count)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "bigint") {
        return envObject.setLastError(
          17
          /* napi_status.napi_bigint_expected */
        );
      }
      const isMinus = jsValue < BigInt(0);
      sign_bit >>>= 0;
      words >>>= 0;
      word_count >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      let word_count_int = GET_HEAP_DATA_VIEW().getUint32(word_count, true);
      word_count_int >>>= 0;
      let wordCount = 0;
      const magnitude = isMinus ? -jsValue : jsValue;
      let bigintValue = magnitude;
      while (bigintValue !== BigInt(0)) {
        wordCount++;
        bigintValue = bigintValue >> BigInt(64);
      }
      if (!sign_bit && !words) {
        word_count_int = wordCount;
        GET_HEAP_DATA_VIEW().setUint32(word_count, word_count_int, true);
      } else {
        if (!sign_bit)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!words)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        bigintValue = magnitude;
        const len = Math.min(word_count_int, wordCount);
        for (let i = 0; i < len; i++) {
          const uint64 = BigInt.asUintN(64, bigintValue);
          const low = Number(uint64 & BigInt(4294967295));
          const high = Number(uint64 >> BigInt(32));
          GET_HEAP_DATA_VIEW().setUint32(words + i * 8, low, true);
          GET_HEAP_DATA_VIEW().setUint32(words + (i * 8 + 4), high, true);
          bigintValue = bigintValue >> BigInt(64);
        }
        GET_HEAP_DATA_VIEW().setInt32(sign_bit, isMinus ? 1 : 0, true);
        GET_HEAP_DATA_VIEW().setUint32(word_count, len, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_value_external(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (!emnapiCtx.isExternal(jsValue)) {
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      }
      result >>>= 0;
      const p = emnapiCtx.getExternalValue(jsValue);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, p, true);
      return envObject.clearLastError();
    }
    function napi_get_value_int32(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "number") {
        return envObject.setLastError(
          6
          /* napi_status.napi_number_expected */
        );
      }
      result >>>= 0;
      const v = jsValue | 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt32(result, v, true);
      return envObject.clearLastError();
    }
    function napi_get_value_int64(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "number") {
        return envObject.setLastError(
          6
          /* napi_status.napi_number_expected */
        );
      }
      const numberValue = jsValue;
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (numberValue === Number.POSITIVE_INFINITY || numberValue === Number.NEGATIVE_INFINITY || isNaN(numberValue)) {
        GET_HEAP_DATA_VIEW().setInt32(result, 0, true);
        GET_HEAP_DATA_VIEW().setInt32(result + 4, 0, true);
      } else if (numberValue < /* INT64_RANGE_NEGATIVE */
      -9223372036854776e3) {
        GET_HEAP_DATA_VIEW().setInt32(result, 0, true);
        GET_HEAP_DATA_VIEW().setInt32(result + 4, 2147483648, true);
      } else if (numberValue >= /* INT64_RANGE_POSITIVE */
      9223372036854776e3) {
        GET_HEAP_DATA_VIEW().setUint32(result, 4294967295, true);
        GET_HEAP_DATA_VIEW().setUint32(result + 4, 2147483647, true);
      } else {
        $emnapiSetValueI64(result, Math.trunc(numberValue));
      }
      return envObject.clearLastError();
    }
    function napi_get_value_string_latin1(env, value, buf, buf_size, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      buf >>>= 0;
      buf_size >>>= 0;
      buf_size = buf_size >>> 0;
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (!buf) {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        GET_HEAP_DATA_VIEW().setUint32(result, jsValue.length, true);
      } else if (buf_size !== 0) {
        const copied = Math.min(jsValue.length, buf_size - 1);
        let v;
        for (let i = 0; i < copied; ++i) {
          v = jsValue.charCodeAt(i) & 255;
          GET_HEAP_DATA_VIEW().setUint8(buf + i, v, true);
        }
        GET_HEAP_DATA_VIEW().setUint8(buf + copied, 0, true);
        if (result) {
          GET_HEAP_DATA_VIEW().setUint32(result, copied, true);
        }
      } else if (result) {
        GET_HEAP_DATA_VIEW().setUint32(result, 0, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_value_string_utf8(env, value, buf, buf_size, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      buf >>>= 0;
      buf_size >>>= 0;
      buf_size = buf_size >>> 0;
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (!buf) {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const strLength = emnapiString.lengthBytesUTF8(jsValue);
        GET_HEAP_DATA_VIEW().setUint32(result, strLength, true);
      } else if (buf_size !== 0) {
        const copied = emnapiString.stringToUTF8(jsValue, buf, buf_size);
        if (result) {
          GET_HEAP_DATA_VIEW().setUint32(result, copied, true);
        }
      } else if (result) {
        GET_HEAP_DATA_VIEW().setUint32(result, 0, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_value_string_utf16(env, value, buf, buf_size, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      buf >>>= 0;
      buf_size >>>= 0;
      buf_size = buf_size >>> 0;
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (!buf) {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        GET_HEAP_DATA_VIEW().setUint32(result, jsValue.length, true);
      } else if (buf_size !== 0) {
        const copied = emnapiString.stringToUTF16(jsValue, buf, buf_size * 2);
        if (result) {
          GET_HEAP_DATA_VIEW().setUint32(result, copied / 2, true);
        }
      } else if (result) {
        GET_HEAP_DATA_VIEW().setUint32(result, 0, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_value_uint32(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      if (typeof jsValue !== "number") {
        return envObject.setLastError(
          6
          /* napi_status.napi_number_expected */
        );
      }
      result >>>= 0;
      const v = jsValue >>> 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      return envObject.clearLastError();
    }
    var convert2cMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_get_array_length,
      napi_get_arraybuffer_info,
      napi_get_buffer_info,
      napi_get_dataview_info,
      napi_get_date_value,
      napi_get_prototype,
      napi_get_typedarray_info,
      napi_get_value_bigint_int64,
      napi_get_value_bigint_uint64,
      napi_get_value_bigint_words,
      napi_get_value_bool,
      napi_get_value_double,
      napi_get_value_external,
      napi_get_value_int32,
      napi_get_value_int64,
      napi_get_value_string_latin1,
      napi_get_value_string_utf16,
      napi_get_value_string_utf8,
      napi_get_value_uint32,
      node_api_set_prototype
    });
    function napi_create_int32(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const v = emnapiCtx.napiValueFromJsValue(value);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      return envObject.clearLastError();
    }
    function napi_create_uint32(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const v = emnapiCtx.napiValueFromJsValue(value >>> 0);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      return envObject.clearLastError();
    }
    function napi_create_int64(env, low, high, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      let value;
      if (!high)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      value = Number(low);
      const v1 = emnapiCtx.napiValueFromJsValue(value);
      high >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(high, v1, true);
      return envObject.clearLastError();
    }
    function napi_create_double(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const v = emnapiCtx.napiValueFromJsValue(value);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      return envObject.clearLastError();
    }
    function napi_create_string_latin1(env, str, length, result) {
      return emnapiString.newString(env, str, length, result, (str2, autoLength, sizeLength) => {
        return emnapiString.encode(str2, autoLength, sizeLength, (c) => String.fromCharCode(c));
      });
    }
    function napi_create_string_utf16(env, str, length, result) {
      return emnapiString.newString(env, str, length, result, (str2) => {
        return emnapiString.UTF16ToString(str2, length);
      });
    }
    function napi_create_string_utf8(env, str, length, result) {
      return emnapiString.newString(env, str, length, result, (str2) => {
        return emnapiString.UTF8ToString(str2, length);
      });
    }
    function node_api_create_external_string_latin1(env, str, length, finalize_callback, finalize_hint, result, copied) {
      return emnapiString.newExternalString(env, str, length, finalize_callback, finalize_hint, result, copied, napi_create_string_latin1, void 0);
    }
    function node_api_create_external_string_utf16(env, str, length, finalize_callback, finalize_hint, result, copied) {
      return emnapiString.newExternalString(env, str, length, finalize_callback, finalize_hint, result, copied, napi_create_string_utf16, void 0);
    }
    function node_api_create_property_key_latin1(env, str, length, result) {
      return napi_create_string_latin1(env, str, length, result);
    }
    function node_api_create_property_key_utf8(env, str, length, result) {
      return napi_create_string_utf8(env, str, length, result);
    }
    function node_api_create_property_key_utf16(env, str, length, result) {
      return napi_create_string_utf16(env, str, length, result);
    }
    function napi_create_bigint_int64(env, low, high, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!emnapiCtx.features.BigInt) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      let value;
      if (!high)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      value = low;
      const v1 = emnapiCtx.napiValueFromJsValue(value);
      high >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(high, v1, true);
      return envObject.clearLastError();
    }
    function napi_create_bigint_uint64(env, low, high, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!emnapiCtx.features.BigInt) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      let value;
      if (!high)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      value = BigInt.asUintN(64, low);
      const v1 = emnapiCtx.napiValueFromJsValue(value);
      high >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(high, v1, true);
      return envObject.clearLastError();
    }
    function napi_create_bigint_words(env, sign_bit, word_count, words, result) {
      let v, i;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!emnapiCtx.features.BigInt) {
          return envObject.setLastError(
            9
            /* napi_status.napi_generic_failure */
          );
        }
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        words >>>= 0;
        word_count >>>= 0;
        word_count = word_count >>> 0;
        if (word_count > 2147483647) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        if (word_count > 1024 * 1024 / (4 * 8) / 2) {
          throw new RangeError("Maximum BigInt size exceeded");
        }
        let value = BigInt(0);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        for (i = word_count; i > 0; --i) {
          const wordIndex = i - 1;
          const low = GET_HEAP_DATA_VIEW().getUint32(words + wordIndex * 8, true);
          const high = GET_HEAP_DATA_VIEW().getUint32(words + (wordIndex * 8 + 4), true);
          const wordi = BigInt(low) | BigInt(high) << BigInt(32);
          value = value << BigInt(64) | wordi;
        }
        if (sign_bit % 2 !== 0) {
          value = -value;
        }
        result >>>= 0;
        v = emnapiCtx.napiValueFromJsValue(value);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    var convert2napiMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_create_bigint_int64,
      napi_create_bigint_uint64,
      napi_create_bigint_words,
      napi_create_double,
      napi_create_int32,
      napi_create_int64,
      napi_create_string_latin1,
      napi_create_string_utf16,
      napi_create_string_utf8,
      napi_create_uint32,
      node_api_create_external_string_latin1,
      node_api_create_external_string_utf16,
      node_api_create_property_key_latin1,
      node_api_create_property_key_utf16,
      node_api_create_property_key_utf8
    });
    function emnapiCreateFunction(envObject, utf8name, length, cb, data) {
      utf8name >>>= 0;
      const functionName = !utf8name || !length ? "" : emnapiString.UTF8ToString(utf8name, length);
      let dynamicExecution;
      dynamicExecution = true;
      if (!functionName) {
        return {
          status: 0,
          f: emnapiCtx.createFunction(envObject, wasmTable.get(cb), data, functionName, dynamicExecution)
        };
      }
      if (!/^[_$a-zA-Z][_$a-zA-Z0-9]*$/.test(functionName)) {
        return { status: 1, f: void 0 };
      }
      return {
        status: 0,
        f: emnapiCtx.createFunction(envObject, wasmTable.get(cb), data, functionName, dynamicExecution)
      };
    }
    function emnapiDefineProperty(envObject, obj, propertyName, method, getter, setter, value, attributes, data) {
      if (getter || setter) {
        let localGetter;
        let localSetter;
        if (getter) {
          localGetter = emnapiCreateFunction(envObject, 0, 0, getter, data).f;
        }
        if (setter) {
          localSetter = emnapiCreateFunction(envObject, 0, 0, setter, data).f;
        }
        const desc = {
          configurable: (attributes & 4) !== 0,
          enumerable: (attributes & 2) !== 0,
          get: localGetter,
          set: localSetter
        };
        Object.defineProperty(obj, propertyName, desc);
      } else if (method) {
        const localMethod = emnapiCreateFunction(envObject, 0, 0, method, data).f;
        const desc = {
          configurable: (attributes & 4) !== 0,
          enumerable: (attributes & 2) !== 0,
          writable: (attributes & 1) !== 0,
          value: localMethod
        };
        Object.defineProperty(obj, propertyName, desc);
      } else {
        const desc = {
          configurable: (attributes & 4) !== 0,
          enumerable: (attributes & 2) !== 0,
          writable: (attributes & 1) !== 0,
          value: emnapiCtx.jsValueFromNapiValue(value)
        };
        Object.defineProperty(obj, propertyName, desc);
      }
    }
    function emnapiGetHandle(js_object) {
      let jsValue = emnapiCtx.jsValueFromNapiValue(js_object);
      const type = typeof jsValue;
      if (!(type === "object" && jsValue !== null || type === "function")) {
        return {
          status: 1
          /* napi_status.napi_invalid_arg */
        };
      }
      if (typeof emnapiExternalMemory !== "undefined" && ArrayBuffer.isView(jsValue)) {
        if (emnapiExternalMemory.wasmMemoryViewTable.has(jsValue)) {
          jsValue = emnapiExternalMemory.wasmMemoryViewTable.get(jsValue);
        }
      }
      return { status: 0, value: jsValue };
    }
    function emnapiWrap(env, js_object, native_object, finalize_cb, finalize_hint, result) {
      let referenceId;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!emnapiCtx.features.finalizer) {
          if (finalize_cb) {
            throw emnapiCtx.createNotSupportWeakRefError("napi_wrap", 'Parameter "finalize_cb" must be 0(NULL)');
          }
          if (result) {
            throw emnapiCtx.createNotSupportWeakRefError("napi_wrap", 'Parameter "result" must be 0(NULL)');
          }
        }
        if (!js_object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const handleResult = emnapiGetHandle(js_object);
        if (handleResult.status !== 0) {
          return envObject.setLastError(handleResult.status);
        }
        const v = handleResult.value;
        if (envObject.getObjectBinding(v).wrapped !== 0) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const id = emnapiCtx.napiValueFromJsValue(v);
        let reference;
        if (result) {
          if (!finalize_cb)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
          reference = emnapiCtx.createReferenceWithFinalizer(envObject, id, 0, 1, finalize_cb, native_object, finalize_hint);
          result >>>= 0;
          referenceId = reference.id;
          var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
          GET_HEAP_DATA_VIEW().setUint32(result, referenceId, true);
        } else {
          if (finalize_cb) {
            reference = emnapiCtx.createReferenceWithFinalizer(envObject, id, 0, 0, finalize_cb, native_object, finalize_hint);
          } else {
            reference = emnapiCtx.createReferenceWithData(envObject, id, 0, 0, native_object);
          }
        }
        envObject.getObjectBinding(v).wrapped = reference.id;
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function emnapiUnwrap(env, js_object, result, action) {
      let data;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!js_object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (action === 0) {
          if (!result)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        const value = emnapiCtx.jsValueFromNapiValue(js_object);
        const type = typeof value;
        if (!(type === "object" && value !== null || type === "function")) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const binding = envObject.getObjectBinding(value);
        const referenceId = binding.wrapped;
        const ref = emnapiCtx.getRef(referenceId);
        if (!ref)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (result) {
          result >>>= 0;
          data = ref.data();
          var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
          GET_HEAP_DATA_VIEW().setUint32(result, data, true);
        }
        if (action === 1) {
          binding.wrapped = 0;
          if (ref.ownership() === 1) {
            ref.resetFinalizer();
          } else {
            ref.dispose();
          }
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_define_class(env, utf8name, length, constructor, callback_data, property_count, properties, result) {
      let propPtr, valueHandleId, attributes;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!constructor)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        length >>>= 0;
        properties >>>= 0;
        property_count >>>= 0;
        property_count = property_count >>> 0;
        if (property_count > 0) {
          if (!properties)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        if (!(length >= -1 && length <= 2147483647 || length === 4294967295) || !utf8name) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const fresult = emnapiCreateFunction(envObject, utf8name, length, constructor, callback_data);
        if (fresult.status !== 0)
          return envObject.setLastError(fresult.status);
        const F = fresult.f;
        let propertyName;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        for (let i = 0; i < property_count; i++) {
          propPtr = properties + i * (4 * 8);
          const utf8Name = GET_HEAP_DATA_VIEW().getUint32(propPtr, true);
          const name = GET_HEAP_DATA_VIEW().getUint32(propPtr + 4, true);
          const method = GET_HEAP_DATA_VIEW().getUint32(propPtr + 8, true);
          const getter = GET_HEAP_DATA_VIEW().getUint32(propPtr + 12, true);
          const setter = GET_HEAP_DATA_VIEW().getUint32(propPtr + 16, true);
          const value = GET_HEAP_DATA_VIEW().getUint32(propPtr + 20, true);
          attributes = GET_HEAP_DATA_VIEW().getInt32(propPtr + 24, true);
          attributes >>>= 0;
          const data = GET_HEAP_DATA_VIEW().getUint32(propPtr + 28, true);
          if (utf8Name) {
            propertyName = emnapiString.UTF8ToString(utf8Name, -1);
          } else {
            if (!name) {
              return envObject.setLastError(
                4
                /* napi_status.napi_name_expected */
              );
            }
            propertyName = emnapiCtx.jsValueFromNapiValue(name);
            if (typeof propertyName !== "string" && typeof propertyName !== "symbol") {
              return envObject.setLastError(
                4
                /* napi_status.napi_name_expected */
              );
            }
          }
          if ((attributes & 1024) !== 0) {
            emnapiDefineProperty(envObject, F, propertyName, method, getter, setter, value, attributes, data);
            continue;
          }
          emnapiDefineProperty(envObject, F.prototype, propertyName, method, getter, setter, value, attributes, data);
        }
        valueHandleId = emnapiCtx.napiValueFromJsValue(F);
        result >>>= 0;
        GET_HEAP_DATA_VIEW().setUint32(result, valueHandleId, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_wrap(env, js_object, native_object, finalize_cb, finalize_hint, result) {
      return emnapiWrap(env, js_object, native_object, finalize_cb, finalize_hint, result);
    }
    function napi_unwrap(env, js_object, result) {
      return emnapiUnwrap(
        env,
        js_object,
        result,
        0
        /* UnwrapAction.KeepWrap */
      );
    }
    function napi_remove_wrap(env, js_object, result) {
      return emnapiUnwrap(
        env,
        js_object,
        result,
        1
        /* UnwrapAction.RemoveWrap */
      );
    }
    function napi_type_tag_object(env, object, type_tag) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!object) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 1
            /* napi_status.napi_invalid_arg */
          );
        }
        const value = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof value;
        if (!(type === "object" && value !== null || type === "function")) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 2
            /* napi_status.napi_object_expected */
          );
        }
        type_tag >>>= 0;
        if (!type_tag) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 1
            /* napi_status.napi_invalid_arg */
          );
        }
        const binding = envObject.getObjectBinding(value);
        if (binding.tag !== null) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 1
            /* napi_status.napi_invalid_arg */
          );
        }
        const tag = new Uint8Array(16);
        tag.set(new Uint8Array(wasmMemory.buffer, type_tag, 16));
        binding.tag = new Uint32Array(tag.buffer);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_check_object_type_tag(env, object, type_tag, result) {
      let ret = true;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!object) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 1
            /* napi_status.napi_invalid_arg */
          );
        }
        const value = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof value;
        if (!(type === "object" && value !== null || type === "function")) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 2
            /* napi_status.napi_object_expected */
          );
        }
        if (!type_tag) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 1
            /* napi_status.napi_invalid_arg */
          );
        }
        if (!result) {
          return envObject.setLastError(
            !envObject.lastException.isEmpty() ? 10 : 1
            /* napi_status.napi_invalid_arg */
          );
        }
        const binding = envObject.getObjectBinding(value);
        if (binding.tag !== null) {
          type_tag >>>= 0;
          const tag = binding.tag;
          const typeTag = new Uint32Array(wasmMemory.buffer, type_tag, 4);
          ret = tag[0] === typeTag[0] && tag[1] === typeTag[1] && tag[2] === typeTag[2] && tag[3] === typeTag[3];
        } else {
          ret = false;
        }
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, ret ? 1 : 0, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_add_finalizer(env, js_object, finalize_data, finalize_cb, finalize_hint, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!emnapiCtx.features.finalizer) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      if (!js_object)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!finalize_cb)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const handleResult = emnapiGetHandle(js_object);
      if (handleResult.status !== 0) {
        return envObject.setLastError(handleResult.status);
      }
      const id = emnapiCtx.napiValueFromJsValue(handleResult.value);
      const ownership = !result ? 0 : 1;
      finalize_data >>>= 0;
      finalize_cb >>>= 0;
      finalize_hint >>>= 0;
      const reference = emnapiCtx.createReferenceWithFinalizer(envObject, id, 0, ownership, finalize_cb, finalize_data, finalize_hint);
      if (result) {
        result >>>= 0;
        const referenceId = reference.id;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, referenceId, true);
      }
      return envObject.clearLastError();
    }
    function node_api_post_finalizer(env, finalize_cb, finalize_data, finalize_hint) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.enqueueFinalizer(emnapiCtx.createTrackedFinalizer(envObject, finalize_cb, finalize_data, finalize_hint));
      return envObject.clearLastError();
    }
    var wrapMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_add_finalizer,
      napi_check_object_type_tag,
      napi_define_class,
      napi_remove_wrap,
      napi_type_tag_object,
      napi_unwrap,
      napi_wrap,
      node_api_post_finalizer
    });
    function emnapi_debug(file, lineno, str, ptr, type) {
      str >>>= 0;
      file >>>= 0;
      const string = str ? emnapiString.UTF8ToString(str, -1) : "";
      const message = `[emnapi_debug] ${emnapiString.UTF8ToString(file, -1)}:${lineno} ${string} ${ptr}`;
      const logArgs = [message];
      if (ptr) {
        logArgs.push(type === 1 ? emnapiCtx.isolate.getRef(ptr) : emnapiCtx.jsValueFromNapiValue(ptr));
      }
      console.log(...logArgs);
      debugger;
    }
    function emnapi_create_memory_view(env, typedarray_type, external_data, byte_length, finalize_cb, finalize_hint, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        byte_length >>>= 0;
        external_data >>>= 0;
        result >>>= 0;
        byte_length = byte_length >>> 0;
        if (!external_data) {
          byte_length = 0;
        }
        if (byte_length > 2147483647) {
          throw new RangeError("Cannot create a memory view larger than 2147483647 bytes");
        }
        if (external_data + byte_length > wasmMemory.buffer.byteLength) {
          throw new RangeError("Memory out of range");
        }
        if (!emnapiCtx.features.finalizer && finalize_cb) {
          throw emnapiCtx.createNotSupportWeakRefError("emnapi_create_memory_view", 'Parameter "finalize_cb" must be 0(NULL)');
        }
        let viewDescriptor;
        switch (typedarray_type) {
          case 0:
            viewDescriptor = { Ctor: Int8Array, address: external_data, length: byte_length, ownership: 1, runtimeAllocated: 0 };
            break;
          case 1:
            viewDescriptor = { Ctor: Uint8Array, address: external_data, length: byte_length, ownership: 1, runtimeAllocated: 0 };
            break;
          case 2:
            viewDescriptor = { Ctor: Uint8ClampedArray, address: external_data, length: byte_length, ownership: 1, runtimeAllocated: 0 };
            break;
          case 3:
            viewDescriptor = { Ctor: Int16Array, address: external_data, length: byte_length >> 1, ownership: 1, runtimeAllocated: 0 };
            break;
          case 4:
            viewDescriptor = { Ctor: Uint16Array, address: external_data, length: byte_length >> 1, ownership: 1, runtimeAllocated: 0 };
            break;
          case 5:
            viewDescriptor = { Ctor: Int32Array, address: external_data, length: byte_length >> 2, ownership: 1, runtimeAllocated: 0 };
            break;
          case 6:
            viewDescriptor = { Ctor: Uint32Array, address: external_data, length: byte_length >> 2, ownership: 1, runtimeAllocated: 0 };
            break;
          case 7:
            viewDescriptor = { Ctor: Float32Array, address: external_data, length: byte_length >> 2, ownership: 1, runtimeAllocated: 0 };
            break;
          case 8:
            viewDescriptor = { Ctor: Float64Array, address: external_data, length: byte_length >> 3, ownership: 1, runtimeAllocated: 0 };
            break;
          case 9:
            viewDescriptor = { Ctor: BigInt64Array, address: external_data, length: byte_length >> 3, ownership: 1, runtimeAllocated: 0 };
            break;
          case 10:
            viewDescriptor = { Ctor: BigUint64Array, address: external_data, length: byte_length >> 3, ownership: 1, runtimeAllocated: 0 };
            break;
          case -1:
            viewDescriptor = { Ctor: DataView, address: external_data, length: byte_length, ownership: 1, runtimeAllocated: 0 };
            break;
          case 11:
            if (typeof Float16Array !== "function") {
              return envObject.setLastError(
                1
                /* napi_status.napi_invalid_arg */
              );
            }
            viewDescriptor = { Ctor: Float16Array, address: external_data, length: byte_length >> 1, ownership: 1, runtimeAllocated: 0 };
            break;
          case -2: {
            if (!emnapiCtx.features.Buffer) {
              throw emnapiCtx.createNotSupportBufferError("emnapi_create_memory_view", "");
            }
            viewDescriptor = { Ctor: emnapiCtx.features.Buffer, address: external_data, length: byte_length, ownership: 1, runtimeAllocated: 0 };
            break;
          }
          default:
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        const Ctor = viewDescriptor.Ctor;
        const typedArray = typedarray_type === -2 ? emnapiExternalMemory.getBufferFrom()(wasmMemory.buffer, viewDescriptor.address, viewDescriptor.length) : new Ctor(wasmMemory.buffer, viewDescriptor.address, viewDescriptor.length);
        value = emnapiCtx.napiValueFromJsValue(typedArray);
        emnapiExternalMemory.wasmMemoryViewTable.set(typedArray, viewDescriptor);
        if (finalize_cb) {
          const status = napi_add_finalizer(
            env,
            value,
            external_data,
            finalize_cb,
            finalize_hint,
            /* NULL */
            0
          );
          if (status === 10) {
            const err2 = envObject.lastException.deref();
            envObject.clearLastError();
            envObject.lastException.reset();
            throw err2;
          } else if (status !== 0) {
            return envObject.setLastError(status);
          }
        }
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function emnapi_is_support_weakref() {
      return emnapiCtx.features.finalizer ? 1 : 0;
    }
    function emnapi_is_support_bigint() {
      return emnapiCtx.features.BigInt ? 1 : 0;
    }
    function emnapi_is_node_binding_available() {
      return emnapiNodeBinding ? 1 : 0;
    }
    function $emnapiSyncMemory(js_to_wasm, arrayBufferOrView, offset, len) {
      offset = offset ?? 0;
      offset = offset >>> 0;
      let view;
      if (arrayBufferOrView instanceof ArrayBuffer || emnapiExternalMemory.isSharedArrayBuffer(arrayBufferOrView)) {
        const pointer = emnapiExternalMemory.getArrayBufferPointer(arrayBufferOrView, false).address;
        if (!pointer)
          throw new Error("Unknown ArrayBuffer address");
        if (typeof len !== "number" || len === -1 || len === 4294967295) {
          len = arrayBufferOrView.byteLength - offset;
        }
        len = len >>> 0;
        if (len === 0)
          return arrayBufferOrView;
        view = new Uint8Array(arrayBufferOrView, offset, len);
        const wasmMemoryU8 = emnapiExternalMemory.getHEAPU8();
        if (!js_to_wasm) {
          view.set(wasmMemoryU8.subarray(pointer, pointer + len));
        } else {
          wasmMemoryU8.set(view, pointer);
        }
        return arrayBufferOrView;
      }
      if (ArrayBuffer.isView(arrayBufferOrView)) {
        const viewPointerInfo = emnapiExternalMemory.getViewPointer(arrayBufferOrView, false);
        const latestView = viewPointerInfo.view;
        const pointer = viewPointerInfo.address;
        if (!pointer)
          throw new Error("Unknown ArrayBuffer address");
        if (typeof len !== "number" || len === -1 || len === 4294967295) {
          len = latestView.byteLength - offset;
        }
        len = len >>> 0;
        if (len === 0)
          return latestView;
        view = new Uint8Array(latestView.buffer, latestView.byteOffset + offset, len);
        const wasmMemoryU8 = emnapiExternalMemory.getHEAPU8();
        if (!js_to_wasm) {
          view.set(wasmMemoryU8.subarray(pointer, pointer + len));
        } else {
          wasmMemoryU8.set(view, pointer);
        }
        return latestView;
      }
      throw new TypeError("emnapiSyncMemory expect ArrayBuffer or ArrayBufferView as first parameter");
    }
    function emnapi_sync_memory(env, js_to_wasm, arraybuffer_or_view, offset, len) {
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!arraybuffer_or_view)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        arraybuffer_or_view >>>= 0;
        offset >>>= 0;
        len >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        const id = GET_HEAP_DATA_VIEW().getUint32(arraybuffer_or_view, true);
        const jsValue = emnapiCtx.jsValueFromNapiValue(id);
        const isArrayBuffer = jsValue instanceof ArrayBuffer;
        const isDataView = jsValue instanceof DataView;
        const isTypedArray = ArrayBuffer.isView(jsValue) && !isDataView;
        if (!isArrayBuffer && !isTypedArray && !isDataView && !emnapiExternalMemory.isSharedArrayBuffer(jsValue)) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const ret = $emnapiSyncMemory(Boolean(js_to_wasm), jsValue, offset, len);
        if (jsValue !== ret) {
          arraybuffer_or_view >>>= 0;
          v = emnapiCtx.napiValueFromJsValue(ret);
          GET_HEAP_DATA_VIEW().setUint32(arraybuffer_or_view, v, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function $emnapiGetMemoryAddress(arrayBufferOrView) {
      const isArrayBuffer = arrayBufferOrView instanceof ArrayBuffer;
      const isDataView = arrayBufferOrView instanceof DataView;
      const isTypedArray = ArrayBuffer.isView(arrayBufferOrView) && !isDataView;
      if (!isArrayBuffer && !isTypedArray && !isDataView && !emnapiExternalMemory.isSharedArrayBuffer(arrayBufferOrView)) {
        throw new TypeError("emnapiGetMemoryAddress expect ArrayBuffer or ArrayBufferView as first parameter");
      }
      let info;
      if (isArrayBuffer) {
        info = emnapiExternalMemory.getArrayBufferPointer(arrayBufferOrView, false);
      } else {
        info = emnapiExternalMemory.getViewPointer(arrayBufferOrView, false);
      }
      return {
        address: info.address,
        ownership: info.ownership,
        runtimeAllocated: info.runtimeAllocated
      };
    }
    function emnapi_get_memory_address(env, arraybuffer_or_view, address, ownership, runtime_allocated) {
      let p, runtimeAllocated, ownershipOut;
      let info;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!arraybuffer_or_view)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!address && !ownership && !runtime_allocated) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const value = emnapiCtx.jsValueFromNapiValue(arraybuffer_or_view);
        info = $emnapiGetMemoryAddress(value);
        p = info.address;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        if (address) {
          address >>>= 0;
          GET_HEAP_DATA_VIEW().setUint32(address, p, true);
        }
        if (ownership) {
          ownership >>>= 0;
          ownershipOut = info.ownership;
          GET_HEAP_DATA_VIEW().setInt32(ownership, ownershipOut, true);
        }
        if (runtime_allocated) {
          runtime_allocated >>>= 0;
          runtimeAllocated = info.runtimeAllocated;
          GET_HEAP_DATA_VIEW().setInt8(runtime_allocated, runtimeAllocated, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function emnapi_get_runtime_version(env, version2) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!version2)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      let runtimeVersion;
      try {
        runtimeVersion = emnapiCtx.getRuntimeVersions().version;
      } catch (_) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      const versions = runtimeVersion.split(".").map((n) => Number(n));
      version2 >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(version2, versions[0], true);
      GET_HEAP_DATA_VIEW().setUint32(version2 + 4, versions[1], true);
      GET_HEAP_DATA_VIEW().setUint32(version2 + 8, versions[2], true);
      return envObject.clearLastError();
    }
    function emnapi_get_external_sharedarraybuffer_handle(env, sharedarraybuffer, handle) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!sharedarraybuffer)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!handle)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        handle >>>= 0;
        const jsValue = emnapiCtx.jsValueFromNapiValue(sharedarraybuffer);
        if (!emnapiExternalMemory.isSharedArrayBuffer(jsValue)) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const metaPtr = emnapiExternalSAB.handleTable.get(jsValue);
        if (metaPtr === void 0) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        let p = metaPtr;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(handle, p, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function emnapi_acquire_external_sharedarraybuffer(handle) {
      handle >>>= 0;
      Atomics.add(new Int32Array(wasmMemory.buffer, handle, 1), 0, 1);
    }
    function emnapi_release_external_sharedarraybuffer(handle) {
      handle >>>= 0;
      emnapiExternalSAB.release(handle);
    }
    function $emnapiAcquireExternalSharedArrayBuffer(handle, sab) {
      if (sab != null && !emnapiExternalMemory.isSharedArrayBuffer(sab)) {
        throw new TypeError("Expected a SharedArrayBuffer");
      }
      if (!emnapiExternalSAB.registry) {
        throw new Error("FinalizationRegistry is not supported in this environment");
      }
      handle >>>= 0;
      const meta = emnapiExternalSAB.readMeta(handle);
      let external_data = meta.external_data;
      external_data >>>= 0;
      if (sab == null) {
        sab = new SharedArrayBuffer(meta.byte_length);
        new Uint8Array(sab).set(emnapiExternalMemory.getHEAPU8().subarray(external_data, external_data + meta.byte_length));
      } else {
        if (emnapiExternalSAB.handleTable.has(sab)) {
          return sab;
        }
      }
      Atomics.add(new Int32Array(wasmMemory.buffer, handle, 1), 0, 1);
      if (!emnapiExternalMemory.table.has(sab)) {
        if (external_data) {
          emnapiExternalMemory.table.set(sab, {
            address: external_data,
            ownership: 1,
            runtimeAllocated: 0
          });
        }
      }
      emnapiExternalSAB.handleTable.set(sab, handle);
      emnapiExternalSAB.registry.register(sab, handle);
      return sab;
    }
    var emnapiMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      $emnapiAcquireExternalSharedArrayBuffer,
      $emnapiGetMemoryAddress,
      $emnapiSyncMemory,
      emnapi_acquire_external_sharedarraybuffer,
      emnapi_create_memory_view,
      emnapi_debug,
      emnapi_get_external_sharedarraybuffer_handle,
      emnapi_get_memory_address,
      emnapi_get_runtime_version,
      emnapi_is_node_binding_available,
      emnapi_is_support_bigint,
      emnapi_is_support_weakref,
      emnapi_release_external_sharedarraybuffer,
      emnapi_sync_memory
    });
    function napi_create_array(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const value = emnapiCtx.napiValueFromJsValue([]);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_create_array_with_length(env, length, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      length >>>= 0;
      result >>>= 0;
      length = length >>> 0;
      const value = emnapiCtx.napiValueFromJsValue(new Array(length));
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function emnapiCreateArrayBuffer(byte_length, data, shared) {
      byte_length >>>= 0;
      byte_length = byte_length >>> 0;
      const arrayBuffer = shared ? new SharedArrayBuffer(byte_length) : new ArrayBuffer(byte_length);
      if (data) {
        data >>>= 0;
        const p = emnapiExternalMemory.getArrayBufferPointer(arrayBuffer, true).address;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(data, p, true);
      }
      return arrayBuffer;
    }
    function napi_create_arraybuffer(env, byte_length, data, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        result >>>= 0;
        const arrayBuffer = emnapiCreateArrayBuffer(byte_length, data, false);
        value = emnapiCtx.napiValueFromJsValue(arrayBuffer);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function node_api_create_sharedarraybuffer(env, byte_length, data, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        result >>>= 0;
        const arrayBuffer = emnapiCreateArrayBuffer(byte_length, data, true);
        value = emnapiCtx.napiValueFromJsValue(arrayBuffer);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_date(env, time, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(new Date(time));
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_external(env, data, finalize_cb, finalize_hint, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!emnapiCtx.features.finalizer && finalize_cb) {
          throw emnapiCtx.createNotSupportWeakRefError("napi_create_external", 'Parameter "finalize_cb" must be 0(NULL)');
        }
        value = emnapiCtx.getCurrentScope().addExternal(data);
        if (finalize_cb) {
          emnapiCtx.createReferenceWithFinalizer(envObject, value, 0, 0, finalize_cb, data, finalize_hint);
        }
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_external_arraybuffer(env, external_data, byte_length, finalize_cb, finalize_hint, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        byte_length >>>= 0;
        external_data >>>= 0;
        result >>>= 0;
        byte_length = byte_length >>> 0;
        if (!external_data) {
          byte_length = 0;
        }
        if (external_data + byte_length > wasmMemory.buffer.byteLength) {
          throw new RangeError("Memory out of range");
        }
        if (!emnapiCtx.features.finalizer && finalize_cb) {
          throw emnapiCtx.createNotSupportWeakRefError("napi_create_external_arraybuffer", 'Parameter "finalize_cb" must be 0(NULL)');
        }
        const arrayBuffer = new ArrayBuffer(byte_length);
        if (byte_length === 0) {
          try {
            const MessageChannel2 = emnapiCtx.features.MessageChannel;
            const messageChannel = new MessageChannel2();
            messageChannel.port1.postMessage(arrayBuffer, [arrayBuffer]);
          } catch (_) {
          }
        } else {
          const u8arr = new Uint8Array(arrayBuffer);
          u8arr.set(emnapiExternalMemory.getHEAPU8().subarray(external_data, external_data + byte_length));
          emnapiExternalMemory.table.set(arrayBuffer, {
            address: external_data,
            ownership: 1,
            runtimeAllocated: 0
          });
        }
        value = emnapiCtx.napiValueFromJsValue(arrayBuffer);
        if (finalize_cb) {
          const status = napi_add_finalizer(
            env,
            value,
            external_data,
            finalize_cb,
            finalize_hint,
            /* NULL */
            0
          );
          if (status === 10) {
            const err2 = envObject.lastException.deref();
            envObject.clearLastError();
            envObject.lastException.reset();
            throw err2;
          } else if (status !== 0) {
            return envObject.setLastError(status);
          }
        }
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function node_api_create_external_sharedarraybuffer(env, external_data, byte_length, finalize_cb, finalize_hint, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        byte_length >>>= 0;
        external_data >>>= 0;
        result >>>= 0;
        byte_length = byte_length >>> 0;
        if (!external_data) {
          byte_length = 0;
        }
        if (external_data + byte_length > wasmMemory.buffer.byteLength) {
          throw new RangeError("Memory out of range");
        }
        if (!emnapiExternalSAB.registry && finalize_cb) {
          throw emnapiCtx.createNotSupportWeakRefError("node_api_create_external_sharedarraybuffer", 'Parameter "finalize_cb" must be 0(NULL)');
        }
        const sharedArrayBuffer = new SharedArrayBuffer(byte_length);
        if (byte_length !== 0) {
          const u8arr = new Uint8Array(sharedArrayBuffer);
          u8arr.set(emnapiExternalMemory.getHEAPU8().subarray(external_data, external_data + byte_length));
          emnapiExternalMemory.table.set(sharedArrayBuffer, {
            address: external_data,
            ownership: 1,
            runtimeAllocated: 0
          });
        }
        value = emnapiCtx.napiValueFromJsValue(sharedArrayBuffer);
        if (finalize_cb) {
          finalize_cb >>>= 0;
          finalize_hint >>>= 0;
          const metaPtr = emnapiExternalSAB.allocMeta(external_data, byte_length, finalize_cb, external_data, finalize_hint);
          emnapiExternalSAB.handleTable.set(sharedArrayBuffer, metaPtr);
          emnapiExternalSAB.registry.register(sharedArrayBuffer, metaPtr);
        }
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_object(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const value = emnapiCtx.napiValueFromJsValue({});
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function node_api_create_object_with_properties(env, prototype_or_null, property_names, property_values, property_count, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      property_count >>>= 0;
      property_count = property_count >>> 0;
      if (property_count > 0) {
        if (!property_names)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!property_values)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
      }
      const v8_prototype_or_null = prototype_or_null ? emnapiCtx.jsValueFromNapiValue(prototype_or_null) : null;
      const properties = {};
      property_names >>>= 0;
      property_values >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      for (let i = 0; i < property_count; i++) {
        const name_value = emnapiCtx.jsValueFromNapiValue(GET_HEAP_DATA_VIEW().getUint32(property_names + i * 4, true));
        if (!(typeof name_value === "string" || typeof name_value === "symbol"))
          return envObject.setLastError(
            4
            /* napi_status.napi_name_expected */
          );
        properties[name_value] = {
          value: emnapiCtx.jsValueFromNapiValue(GET_HEAP_DATA_VIEW().getUint32(property_values + i * 4, true)),
          writable: true,
          enumerable: true,
          configurable: true
        };
      }
      let obj;
      try {
        obj = Object.defineProperties(Object.create(v8_prototype_or_null), properties);
      } catch (_) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      const value = emnapiCtx.napiValueFromJsValue(obj);
      result >>>= 0;
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_create_symbol(env, description, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (!description) {
        const value = emnapiCtx.napiValueFromJsValue(/* @__PURE__ */ Symbol());
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      } else {
        const desc = emnapiCtx.jsValueFromNapiValue(description);
        if (typeof desc !== "string") {
          return envObject.setLastError(
            3
            /* napi_status.napi_string_expected */
          );
        }
        const v = emnapiCtx.napiValueFromJsValue(Symbol(desc));
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      }
      return envObject.clearLastError();
    }
    function napi_create_typedarray(env, type, length, arraybuffer, byte_offset, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!arraybuffer)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const buffer = emnapiCtx.jsValueFromNapiValue(arraybuffer);
        byte_offset >>>= 0;
        length >>>= 0;
        const createTypedArray = function(envObject2, Type, size_of_element, buffer2, byte_offset2, length2) {
          byte_offset2 = byte_offset2 >>> 0;
          length2 = length2 >>> 0;
          if (size_of_element > 1) {
            if (byte_offset2 % size_of_element !== 0) {
              const err2 = new RangeError(`start offset of ${Type.name ?? ""} should be a multiple of ${size_of_element}`);
              err2.code = "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT";
              envObject2.lastException.resetTo(err2);
              return envObject2.setLastError(
                9
                /* napi_status.napi_generic_failure */
              );
            }
          }
          if (length2 * size_of_element + byte_offset2 > buffer2.byteLength) {
            const err2 = new RangeError("Invalid typed array length");
            err2.code = "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH";
            envObject2.lastException.resetTo(err2);
            return envObject2.setLastError(
              9
              /* napi_status.napi_generic_failure */
            );
          }
          const out2 = new Type(buffer2, byte_offset2, length2);
          if (buffer2 === wasmMemory.buffer) {
            if (!emnapiExternalMemory.wasmMemoryViewTable.has(out2)) {
              emnapiExternalMemory.wasmMemoryViewTable.set(out2, {
                Ctor: Type,
                address: byte_offset2,
                length: length2,
                ownership: 1,
                runtimeAllocated: 0
              });
            }
          }
          result >>>= 0;
          value = emnapiCtx.napiValueFromJsValue(out2);
          var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
          GET_HEAP_DATA_VIEW().setUint32(result, value, true);
          return 0;
        };
        if (buffer instanceof ArrayBuffer || emnapiExternalMemory.isSharedArrayBuffer(buffer)) {
          switch (type) {
            case 0:
              return createTypedArray(envObject, Int8Array, 1, buffer, byte_offset, length);
            case 1:
              return createTypedArray(envObject, Uint8Array, 1, buffer, byte_offset, length);
            case 2:
              return createTypedArray(envObject, Uint8ClampedArray, 1, buffer, byte_offset, length);
            case 3:
              return createTypedArray(envObject, Int16Array, 2, buffer, byte_offset, length);
            case 4:
              return createTypedArray(envObject, Uint16Array, 2, buffer, byte_offset, length);
            case 5:
              return createTypedArray(envObject, Int32Array, 4, buffer, byte_offset, length);
            case 6:
              return createTypedArray(envObject, Uint32Array, 4, buffer, byte_offset, length);
            case 7:
              return createTypedArray(envObject, Float32Array, 4, buffer, byte_offset, length);
            case 8:
              return createTypedArray(envObject, Float64Array, 8, buffer, byte_offset, length);
            case 9:
              return createTypedArray(envObject, BigInt64Array, 8, buffer, byte_offset, length);
            case 10:
              return createTypedArray(envObject, BigUint64Array, 8, buffer, byte_offset, length);
            case 11:
              if (typeof Float16Array !== "function") {
                return envObject.setLastError(
                  1
                  /* napi_status.napi_invalid_arg */
                );
              }
              return createTypedArray(envObject, Float16Array, 2, buffer, byte_offset, length);
            default:
              return envObject.setLastError(
                1
                /* napi_status.napi_invalid_arg */
              );
          }
        } else {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_buffer(env, size, data, result) {
      let value, pointer;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const Buffer2 = emnapiCtx.features.Buffer;
        if (!Buffer2) {
          throw emnapiCtx.createNotSupportBufferError("napi_create_buffer", "");
        }
        result >>>= 0;
        let buffer;
        size >>>= 0;
        size = size >>> 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        if (!data || size === 0) {
          buffer = Buffer2.alloc(size);
          value = emnapiCtx.napiValueFromJsValue(buffer);
          GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        } else {
          pointer = _malloc(size);
          if (!pointer)
            throw new Error("Out of memory");
          pointer >>>= 0;
          emnapiExternalMemory.getHEAPU8().subarray(pointer, pointer + size).fill(0);
          const buffer2 = emnapiExternalMemory.getBufferFrom()(wasmMemory.buffer, pointer, size);
          const viewDescriptor = {
            Ctor: Buffer2,
            address: pointer,
            length: size,
            ownership: emnapiExternalMemory.registry ? 0 : 1,
            runtimeAllocated: 1
          };
          emnapiExternalMemory.wasmMemoryViewTable.set(buffer2, viewDescriptor);
          emnapiExternalMemory.registry?.register(viewDescriptor, pointer);
          value = emnapiCtx.napiValueFromJsValue(buffer2);
          GET_HEAP_DATA_VIEW().setUint32(result, value, true);
          data >>>= 0;
          GET_HEAP_DATA_VIEW().setUint32(data, pointer, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_buffer_copy(env, length, data, result_data, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const Buffer2 = emnapiCtx.features.Buffer;
        if (!Buffer2) {
          throw emnapiCtx.createNotSupportBufferError("napi_create_buffer_copy", "");
        }
        const arrayBuffer = emnapiCreateArrayBuffer(length, result_data, false);
        const buffer = Buffer2.from(arrayBuffer);
        data >>>= 0;
        length >>>= 0;
        buffer.set(emnapiExternalMemory.getHEAPU8().subarray(data, data + length));
        value = emnapiCtx.napiValueFromJsValue(buffer);
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_external_buffer(env, length, data, finalize_cb, finalize_hint, result) {
      return emnapi_create_memory_view(env, -2, data, length, finalize_cb, finalize_hint, result);
    }
    function node_api_create_buffer_from_arraybuffer(env, arraybuffer, byte_offset, byte_length, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!arraybuffer)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        byte_offset >>>= 0;
        byte_length >>>= 0;
        byte_offset = byte_offset >>> 0;
        byte_length = byte_length >>> 0;
        const buffer = emnapiCtx.jsValueFromNapiValue(arraybuffer);
        if (!(buffer instanceof ArrayBuffer)) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        if (byte_length + byte_offset > buffer.byteLength) {
          const err2 = new RangeError("The byte offset + length is out of range");
          err2.code = "ERR_OUT_OF_RANGE";
          throw err2;
        }
        const Buffer2 = emnapiCtx.features.Buffer;
        if (!Buffer2) {
          throw emnapiCtx.createNotSupportBufferError("node_api_create_buffer_from_arraybuffer", "");
        }
        const out2 = emnapiExternalMemory.getBufferFrom()(buffer, byte_offset, byte_length);
        if (buffer === wasmMemory.buffer) {
          if (!emnapiExternalMemory.wasmMemoryViewTable.has(out2)) {
            emnapiExternalMemory.wasmMemoryViewTable.set(out2, {
              Ctor: Buffer2,
              address: byte_offset,
              length: byte_length,
              ownership: 1,
              runtimeAllocated: 0
            });
          }
        }
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(out2);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_create_dataview(env, byte_length, arraybuffer, byte_offset, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!arraybuffer)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        byte_length >>>= 0;
        byte_offset >>>= 0;
        byte_length = byte_length >>> 0;
        byte_offset = byte_offset >>> 0;
        const value = emnapiCtx.jsValueFromNapiValue(arraybuffer);
        const createDataview = (buffer) => {
          if (byte_length + byte_offset > buffer.byteLength) {
            const err2 = new RangeError("byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in");
            err2.code = "ERR_NAPI_INVALID_DATAVIEW_ARGS";
            throw err2;
          }
          const dataview = new DataView(buffer, byte_offset, byte_length);
          if (buffer === wasmMemory.buffer) {
            if (!emnapiExternalMemory.wasmMemoryViewTable.has(dataview)) {
              emnapiExternalMemory.wasmMemoryViewTable.set(dataview, {
                Ctor: DataView,
                address: byte_offset,
                length: byte_length,
                ownership: 1,
                runtimeAllocated: 0
              });
            }
          }
          result >>>= 0;
          let v = emnapiCtx.napiValueFromJsValue(dataview);
          var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
          GET_HEAP_DATA_VIEW().setUint32(result, v, true);
          return 0;
        };
        if (value instanceof ArrayBuffer || emnapiExternalMemory.isSharedArrayBuffer(value)) {
          return createDataview(value);
        } else {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function node_api_symbol_for(env, utf8description, length, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      length >>>= 0;
      utf8description >>>= 0;
      result >>>= 0;
      const autoLength = length === -1 || length === 4294967295;
      const sizelength = length >>> 0;
      if (length !== 0) {
        if (!utf8description)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
      }
      if (!(autoLength || sizelength <= 2147483647)) {
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      }
      const descriptionString = emnapiString.UTF8ToString(utf8description, length);
      const value = emnapiCtx.napiValueFromJsValue(Symbol.for(descriptionString));
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    var createMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_create_array,
      napi_create_array_with_length,
      napi_create_arraybuffer,
      napi_create_buffer,
      napi_create_buffer_copy,
      napi_create_dataview,
      napi_create_date,
      napi_create_external,
      napi_create_external_arraybuffer,
      napi_create_external_buffer,
      napi_create_object,
      napi_create_symbol,
      napi_create_typedarray,
      node_api_create_buffer_from_arraybuffer,
      node_api_create_external_sharedarraybuffer,
      node_api_create_object_with_properties,
      node_api_create_sharedarraybuffer,
      node_api_symbol_for
    });
    function napi_get_boolean(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const v = value === 0 ? 4 : 5;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      return envObject.clearLastError();
    }
    function napi_get_global(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const value = 6;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_get_null(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const value = 3;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_get_undefined(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const value = 2;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    var globalMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_get_boolean,
      napi_get_global,
      napi_get_null,
      napi_get_undefined
    });
    function napi_set_instance_data(env, data, finalize_cb, finalize_hint) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      data >>>= 0;
      finalize_cb >>>= 0;
      finalize_hint >>>= 0;
      envObject.setInstanceData(data, finalize_cb, finalize_hint);
      return envObject.clearLastError();
    }
    function napi_get_instance_data(env, data) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!data)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      data >>>= 0;
      const value = envObject.getInstanceData();
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(data, value, true);
      return envObject.clearLastError();
    }
    var envMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_get_instance_data,
      napi_set_instance_data
    });
    function napi_throw(env, error) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!error)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        envObject.lastException.resetTo(emnapiCtx.jsValueFromNapiValue(error));
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_throw_error(env, code, msg) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!msg)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        code >>>= 0;
        msg >>>= 0;
        const error = new Error(emnapiString.UTF8ToString(msg, -1));
        if (code)
          error.code = emnapiString.UTF8ToString(code, -1);
        envObject.lastException.resetTo(error);
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_throw_type_error(env, code, msg) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!msg)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        code >>>= 0;
        msg >>>= 0;
        const error = new TypeError(emnapiString.UTF8ToString(msg, -1));
        if (code)
          error.code = emnapiString.UTF8ToString(code, -1);
        envObject.lastException.resetTo(error);
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_throw_range_error(env, code, msg) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!msg)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        code >>>= 0;
        msg >>>= 0;
        const error = new RangeError(emnapiString.UTF8ToString(msg, -1));
        if (code)
          error.code = emnapiString.UTF8ToString(code, -1);
        envObject.lastException.resetTo(error);
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function node_api_throw_syntax_error(env, code, msg) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!msg)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        code >>>= 0;
        msg >>>= 0;
        const error = new SyntaxError(emnapiString.UTF8ToString(msg, -1));
        if (code)
          error.code = emnapiString.UTF8ToString(code, -1);
        envObject.lastException.resetTo(error);
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_is_exception_pending(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const r = !envObject.lastException.isEmpty();
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r ? 1 : 0, true);
      return envObject.clearLastError();
    }
    function napi_create_error(env, code, msg, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!msg)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const msgValue = emnapiCtx.jsValueFromNapiValue(msg);
      if (typeof msgValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      const error = new Error(msgValue);
      if (code) {
        const codeValue = emnapiCtx.jsValueFromNapiValue(code);
        if (typeof codeValue !== "string") {
          return envObject.setLastError(
            3
            /* napi_status.napi_string_expected */
          );
        }
        error.code = codeValue;
      }
      result >>>= 0;
      const value = emnapiCtx.napiValueFromJsValue(error);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_create_type_error(env, code, msg, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!msg)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const msgValue = emnapiCtx.jsValueFromNapiValue(msg);
      if (typeof msgValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      const error = new TypeError(msgValue);
      if (code) {
        const codeValue = emnapiCtx.jsValueFromNapiValue(code);
        if (typeof codeValue !== "string") {
          return envObject.setLastError(
            3
            /* napi_status.napi_string_expected */
          );
        }
        error.code = codeValue;
      }
      result >>>= 0;
      const value = emnapiCtx.napiValueFromJsValue(error);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_create_range_error(env, code, msg, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!msg)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const msgValue = emnapiCtx.jsValueFromNapiValue(msg);
      if (typeof msgValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      const error = new RangeError(msgValue);
      if (code) {
        const codeValue = emnapiCtx.jsValueFromNapiValue(code);
        if (typeof codeValue !== "string") {
          return envObject.setLastError(
            3
            /* napi_status.napi_string_expected */
          );
        }
        error.code = codeValue;
      }
      result >>>= 0;
      const value = emnapiCtx.napiValueFromJsValue(error);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function node_api_create_syntax_error(env, code, msg, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!msg)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const msgValue = emnapiCtx.jsValueFromNapiValue(msg);
      if (typeof msgValue !== "string") {
        return envObject.setLastError(
          3
          /* napi_status.napi_string_expected */
        );
      }
      const error = new SyntaxError(msgValue);
      if (code) {
        const codeValue = emnapiCtx.jsValueFromNapiValue(code);
        if (typeof codeValue !== "string") {
          return envObject.setLastError(
            3
            /* napi_status.napi_string_expected */
          );
        }
        error.code = codeValue;
      }
      result >>>= 0;
      const value = emnapiCtx.napiValueFromJsValue(error);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    function napi_get_and_clear_last_exception(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (envObject.lastException.isEmpty()) {
        GET_HEAP_DATA_VIEW().setUint32(result, 1, true);
        return envObject.clearLastError();
      } else {
        const err2 = envObject.lastException.deref();
        const value = emnapiCtx.napiValueFromJsValue(err2);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        envObject.lastException.reset();
      }
      return envObject.clearLastError();
    }
    function napi_fatal_error(location, location_len, message, message_len) {
      location >>>= 0;
      location_len >>>= 0;
      message >>>= 0;
      message_len >>>= 0;
      const locationStr = emnapiString.UTF8ToString(location, location_len);
      const messageStr = emnapiString.UTF8ToString(message, message_len);
      if (emnapiNodeBinding) {
        emnapiNodeBinding.napi.fatalError(locationStr, messageStr);
      } else {
        abort("FATAL ERROR: " + locationStr + " " + messageStr);
      }
    }
    function napi_fatal_exception(env, err2) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!err2)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const error = emnapiCtx.jsValueFromNapiValue(err2);
        try {
          envObject.triggerFatalException(error);
        } catch (_) {
          return envObject.setLastError(
            9
            /* napi_status.napi_generic_failure */
          );
        }
        return envObject.clearLastError();
      } catch (err3) {
        envObject.lastException.resetTo(err3);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    var errorMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_create_error,
      napi_create_range_error,
      napi_create_type_error,
      napi_fatal_error,
      napi_fatal_exception,
      napi_get_and_clear_last_exception,
      napi_is_exception_pending,
      napi_throw,
      napi_throw_error,
      napi_throw_range_error,
      napi_throw_type_error,
      node_api_create_syntax_error,
      node_api_throw_syntax_error
    });
    function _emnapi_create_function(utf8name, length, cb, data, result) {
      length >>>= 0;
      const fresult = emnapiCreateFunction(emnapiEnv, utf8name, length, cb, data);
      if (fresult.status !== 0)
        return emnapiEnv.setLastError(fresult.status);
      const f = fresult.f;
      const value = emnapiCtx.napiValueFromJsValue(f);
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return 0;
    }
    function napi_create_function(env, utf8name, length, cb, data, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!cb)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        return _emnapi_create_function(utf8name, length, cb, data, result);
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_cb_info(env, cbinfo, argc, argv, this_arg, data) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!cbinfo)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const cbinfoValue = emnapiCtx.getCallbackInfo(cbinfo);
      argc >>>= 0;
      argv >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (argv) {
        if (!argc)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        let argcValue = GET_HEAP_DATA_VIEW().getUint32(argc, true);
        argcValue >>>= 0;
        const len = cbinfoValue.args.length;
        const arrlen = argcValue < len ? argcValue : len;
        let i = 0;
        for (; i < arrlen; i++) {
          const argVal = emnapiCtx.napiValueFromJsValue(cbinfoValue.args[i]);
          GET_HEAP_DATA_VIEW().setUint32(argv + i * 4, argVal, true);
        }
        if (i < argcValue) {
          for (; i < argcValue; i++) {
            GET_HEAP_DATA_VIEW().setUint32(argv + i * 4, 1, true);
          }
        }
      }
      if (argc) {
        GET_HEAP_DATA_VIEW().setUint32(argc, cbinfoValue.args.length, true);
      }
      if (this_arg) {
        this_arg >>>= 0;
        const v = emnapiCtx.napiValueFromJsValue(cbinfoValue.thiz);
        GET_HEAP_DATA_VIEW().setUint32(this_arg, v, true);
      }
      if (data) {
        data >>>= 0;
        GET_HEAP_DATA_VIEW().setUint32(data, cbinfoValue.data, true);
      }
      return envObject.clearLastError();
    }
    function napi_call_function(env, recv, func, argc, argv, result) {
      let i = 0;
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!recv)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        argc >>>= 0;
        argv >>>= 0;
        result >>>= 0;
        argc = argc >>> 0;
        if (argc > 0) {
          if (!argv)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        const v8recv = emnapiCtx.jsValueFromNapiValue(recv);
        if (!func)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const v8func = emnapiCtx.jsValueFromNapiValue(func);
        if (typeof v8func !== "function")
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const args = [];
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        for (; i < argc; i++) {
          const argVal = GET_HEAP_DATA_VIEW().getUint32(argv + i * 4, true);
          args.push(emnapiCtx.jsValueFromNapiValue(argVal));
        }
        const ret = v8func.apply(v8recv, args);
        if (result) {
          v = emnapiCtx.napiValueFromJsValue(ret);
          GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        }
        return envObject.clearLastError();
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_new_instance(env, constructor, argc, argv, result) {
      let i;
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!constructor)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        argc >>>= 0;
        argv >>>= 0;
        result >>>= 0;
        argc = argc >>> 0;
        if (argc > 0) {
          if (!argv)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const Ctor = emnapiCtx.jsValueFromNapiValue(constructor);
        if (typeof Ctor !== "function")
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        let ret;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        if (emnapiCtx.features.Reflect) {
          const argList = Array(argc);
          for (i = 0; i < argc; i++) {
            const argVal = GET_HEAP_DATA_VIEW().getUint32(argv + i * 4, true);
            argList[i] = emnapiCtx.jsValueFromNapiValue(argVal);
          }
          ret = emnapiCtx.features.Reflect.construct(Ctor, argList, Ctor);
        } else {
          const args = Array(argc + 1);
          args[0] = void 0;
          for (i = 0; i < argc; i++) {
            const argVal = GET_HEAP_DATA_VIEW().getUint32(argv + i * 4, true);
            args[i + 1] = emnapiCtx.jsValueFromNapiValue(argVal);
          }
          const BoundCtor = Ctor.bind.apply(Ctor, args);
          ret = new BoundCtor();
        }
        if (result) {
          v = emnapiCtx.napiValueFromJsValue(ret);
          GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_new_target(env, cbinfo, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!cbinfo)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      result >>>= 0;
      const cbinfoValue = emnapiCtx.getCallbackInfo(cbinfo);
      const { thiz, fn } = cbinfoValue;
      const value = thiz == null || typeof fn !== "function" ? 0 : thiz instanceof fn ? emnapiCtx.napiValueFromJsValue(fn) : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, value, true);
      return envObject.clearLastError();
    }
    var functionMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      _emnapi_create_function,
      napi_call_function,
      napi_create_function,
      napi_get_cb_info,
      napi_get_new_target,
      napi_new_instance
    });
    function napi_open_handle_scope(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const scope = emnapiCtx.openScope(envObject);
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, scope.id, true);
      return envObject.clearLastError();
    }
    function napi_close_handle_scope(env, scope) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!scope)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (envObject.openHandleScopes === 0) {
        return 13;
      }
      emnapiCtx.closeScope(envObject);
      return envObject.clearLastError();
    }
    function napi_open_escapable_handle_scope(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const scope = emnapiCtx.openScope(envObject);
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, scope.id, true);
      return envObject.clearLastError();
    }
    function napi_close_escapable_handle_scope(env, scope) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!scope)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (envObject.openHandleScopes === 0) {
        return 13;
      }
      emnapiCtx.closeScope(envObject);
      return envObject.clearLastError();
    }
    function napi_escape_handle(env, scope, escapee, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!scope)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!escapee)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const scopeObject = emnapiCtx.getHandleScope(scope);
      if (!scopeObject.escapeCalled()) {
        escapee >>>= 0;
        result >>>= 0;
        const newHandle = scopeObject.escape(escapee);
        const value = newHandle;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return envObject.clearLastError();
      }
      return envObject.setLastError(
        12
        /* napi_status.napi_escape_called_twice */
      );
    }
    function napi_create_reference(env, value, initial_refcount, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      const type = typeof jsValue;
      if (envObject.moduleApiVersion < 10) {
        if (!(type === "object" && jsValue !== null || type === "function" || typeof jsValue === "symbol")) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
      }
      const ref = emnapiCtx.createReference(
        envObject,
        value,
        initial_refcount >>> 0,
        1
        /* ReferenceOwnership.kUserland */
      );
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, ref.id, true);
      return envObject.clearLastError();
    }
    function napi_delete_reference(env, ref) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!ref)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      emnapiCtx.getRef(ref).dispose();
      return envObject.clearLastError();
    }
    function napi_reference_ref(env, ref, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!ref)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const count = emnapiCtx.getRef(ref).ref();
      if (result) {
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, count, true);
      }
      return envObject.clearLastError();
    }
    function napi_reference_unref(env, ref, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!ref)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const reference = emnapiCtx.getRef(ref);
      const refcount = reference.refcount();
      if (refcount === 0) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      const count = reference.unref();
      if (result) {
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, count, true);
      }
      return envObject.clearLastError();
    }
    function napi_get_reference_value(env, ref, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!ref)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const reference = emnapiCtx.getRef(ref);
      const id = reference.get();
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, id, true);
      return envObject.clearLastError();
    }
    function napi_add_env_cleanup_hook(env, fun, arg) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!fun)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      fun >>>= 0;
      arg >>>= 0;
      emnapiCtx.addCleanupHook(envObject, fun, arg);
      return 0;
    }
    function napi_remove_env_cleanup_hook(env, fun, arg) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!fun)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      fun >>>= 0;
      arg >>>= 0;
      emnapiCtx.removeCleanupHook(envObject, fun, arg);
      return 0;
    }
    function _emnapi_env_ref(env) {
      const envObject = emnapiEnv;
      envObject.ref();
    }
    function _emnapi_env_unref(env) {
      const envObject = emnapiEnv;
      envObject.unref();
    }
    var lifeMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      _emnapi_env_ref,
      _emnapi_env_unref,
      napi_add_env_cleanup_hook,
      napi_close_escapable_handle_scope,
      napi_close_handle_scope,
      napi_create_reference,
      napi_delete_reference,
      napi_escape_handle,
      napi_get_reference_value,
      napi_open_escapable_handle_scope,
      napi_open_handle_scope,
      napi_reference_ref,
      napi_reference_unref,
      napi_remove_env_cleanup_hook
    });
    function _emnapi_get_filename(env, buf, len) {
      const envObject = emnapiEnv;
      const filename = envObject.filename;
      if (!buf) {
        return emnapiString.lengthBytesUTF8(filename);
      }
      buf >>>= 0;
      return emnapiString.stringToUTF8(filename, buf, len);
    }
    var miscellaneousMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      _emnapi_get_filename
    });
    function _emnapi_node_emit_async_init(async_resource, async_resource_name, trigger_async_id, result) {
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      if (!emnapiNodeBinding) {
        if (result) {
          result >>>= 0;
          GET_HEAP_DATA_VIEW().setFloat64(result, 0, true);
          GET_HEAP_DATA_VIEW().setFloat64(result + 8, trigger_async_id, true);
        }
        return;
      }
      const resource = emnapiCtx.jsValueFromNapiValue(async_resource);
      const resource_name = emnapiCtx.jsValueFromNapiValue(async_resource_name);
      const asyncContext = emnapiNodeBinding.node.emitAsyncInit(resource, resource_name, trigger_async_id);
      const asyncId = asyncContext.asyncId;
      const triggerAsyncId = asyncContext.triggerAsyncId;
      if (result) {
        result >>>= 0;
        GET_HEAP_DATA_VIEW().setFloat64(result, asyncId, true);
        GET_HEAP_DATA_VIEW().setFloat64(result + 8, triggerAsyncId, true);
      }
    }
    function _emnapi_node_emit_async_destroy(async_id, trigger_async_id) {
      if (!emnapiNodeBinding)
        return;
      emnapiNodeBinding.node.emitAsyncDestroy({
        asyncId: async_id,
        triggerAsyncId: trigger_async_id
      });
    }
    function _emnapi_node_make_callback(env, async_resource, cb, argv, size, async_id, trigger_async_id, result) {
      let i = 0;
      let v;
      const resource = emnapiCtx.jsValueFromNapiValue(async_resource);
      const callback = emnapiCtx.jsValueFromNapiValue(cb);
      argv >>>= 0;
      size >>>= 0;
      size = size >>> 0;
      const arr = Array(size);
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      for (; i < size; i++) {
        const argVal = GET_HEAP_DATA_VIEW().getUint32(argv + i * 4, true);
        arr[i] = emnapiCtx.jsValueFromNapiValue(argVal);
      }
      if (!emnapiNodeBinding) {
        try {
          const ret2 = callback.apply(resource, arr);
          if (result) {
            result >>>= 0;
            const v2 = emnapiCtx.napiValueFromJsValue(ret2);
            GET_HEAP_DATA_VIEW().setUint32(result, v2, true);
          }
          return 0;
        } catch (err2) {
          emnapiCtx.isolate.throwException(err2);
          return 9;
        }
      }
      const ret = emnapiNodeBinding.node.makeCallback(resource, callback, arr, {
        asyncId: async_id,
        triggerAsyncId: trigger_async_id
      });
      if (result) {
        result >>>= 0;
        v = emnapiCtx.napiValueFromJsValue(ret);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
      }
      return 0;
    }
    function _emnapi_async_init_js(async_resource, async_resource_name, result) {
      if (!emnapiNodeBinding) {
        return 9;
      }
      let resource;
      if (async_resource) {
        resource = Object(emnapiCtx.jsValueFromNapiValue(async_resource));
      }
      const name = emnapiCtx.jsValueFromNapiValue(async_resource_name);
      const ret = emnapiNodeBinding.napi.asyncInit(resource, name);
      if (ret.status !== 0)
        return ret.status;
      let numberValue = ret.value;
      if (!(numberValue >= BigInt(-1) * (BigInt(1) << BigInt(63)) && numberValue < BigInt(1) << BigInt(63))) {
        numberValue = numberValue & (BigInt(1) << BigInt(64)) - BigInt(1);
        if (numberValue >= BigInt(1) << BigInt(63)) {
          numberValue = numberValue - (BigInt(1) << BigInt(64));
        }
      }
      const low = Number(numberValue & BigInt(4294967295));
      const high = Number(numberValue >> BigInt(32));
      result >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt32(result, low, true);
      GET_HEAP_DATA_VIEW().setInt32(result + 4, high, true);
      return 0;
    }
    function _emnapi_async_destroy_js(async_context) {
      if (!emnapiNodeBinding) {
        return 9;
      }
      async_context >>>= 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      const low = GET_HEAP_DATA_VIEW().getInt32(async_context, true);
      const high = GET_HEAP_DATA_VIEW().getInt32(async_context + 4, true);
      const pointer = BigInt(low >>> 0) | BigInt(high) << BigInt(32);
      const ret = emnapiNodeBinding.napi.asyncDestroy(pointer);
      if (ret.status !== 0)
        return ret.status;
      return 0;
    }
    function napi_open_callback_scope(env, ignored, async_context_handle, result) {
      throw new Error("napi_open_callback_scope has not been implemented yet");
    }
    function napi_close_callback_scope(env, scope) {
      throw new Error("napi_close_callback_scope has not been implemented yet");
    }
    function napi_make_callback(env, async_context, recv, func, argc, argv, result) {
      let i = 0;
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!emnapiNodeBinding) {
          return envObject.setLastError(
            9
            /* napi_status.napi_generic_failure */
          );
        }
        if (!recv)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (argc > 0) {
          if (!argv)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        const v8recv = Object(emnapiCtx.jsValueFromNapiValue(recv));
        const v8func = emnapiCtx.jsValueFromNapiValue(func);
        if (typeof v8func !== "function") {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        async_context >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        const low = GET_HEAP_DATA_VIEW().getInt32(async_context, true);
        const high = GET_HEAP_DATA_VIEW().getInt32(async_context + 4, true);
        const ctx = BigInt(low >>> 0) | BigInt(high) << BigInt(32);
        argv >>>= 0;
        argc >>>= 0;
        argc = argc >>> 0;
        const arr = Array(argc);
        for (; i < argc; i++) {
          const argVal = GET_HEAP_DATA_VIEW().getUint32(argv + i * 4, true);
          arr[i] = emnapiCtx.jsValueFromNapiValue(argVal);
        }
        const ret = emnapiNodeBinding.napi.makeCallback(ctx, v8recv, v8func, arr);
        if (ret.error) {
          throw ret.error;
        }
        if (ret.status !== 0)
          return envObject.setLastError(ret.status);
        if (result) {
          result >>>= 0;
          v = emnapiCtx.napiValueFromJsValue(ret.value);
          GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function _emnapi_env_check_gc_access(env) {
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
    }
    var nodeMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      _emnapi_async_destroy_js,
      _emnapi_async_init_js,
      _emnapi_env_check_gc_access,
      _emnapi_node_emit_async_destroy,
      _emnapi_node_emit_async_init,
      _emnapi_node_make_callback,
      napi_close_callback_scope,
      napi_make_callback,
      napi_open_callback_scope
    });
    function napi_create_promise(env, deferred, promise) {
      let deferredObjectId, value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!deferred)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!promise)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const resolver = emnapiCtx.createResolver();
        deferredObjectId = emnapiCtx.isolate.createReference(resolver).id;
        deferred >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(deferred, deferredObjectId, true);
        value = emnapiCtx.napiValueFromJsValue(resolver.promise);
        promise >>>= 0;
        GET_HEAP_DATA_VIEW().setUint32(promise, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_resolve_deferred(env, deferred, resolution) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!deferred)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!resolution)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const deferredRef = emnapiCtx.isolate.getRef(deferred);
        const resolver = deferredRef.deref();
        resolver.resolve(emnapiCtx.jsValueFromNapiValue(resolution));
        deferredRef.dispose();
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_reject_deferred(env, deferred, resolution) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!deferred)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!resolution)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const deferredRef = emnapiCtx.isolate.getRef(deferred);
        const resolver = deferredRef.deref();
        resolver.reject(emnapiCtx.jsValueFromNapiValue(resolution));
        deferredRef.dispose();
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_is_promise(env, value, is_promise) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!is_promise)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const promise = emnapiCtx.jsValueFromNapiValue(value);
      is_promise >>>= 0;
      const r = promise instanceof Promise ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(is_promise, r, true);
      return envObject.clearLastError();
    }
    var promiseMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_create_promise,
      napi_is_promise,
      napi_reject_deferred,
      napi_resolve_deferred
    });
    function napi_get_all_property_names(env, object, key_mode, key_filter, key_conversion, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let obj;
        try {
          obj = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        if (key_mode !== 0 && key_mode !== 1) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        if (key_conversion !== 0 && key_conversion !== 1) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const props = [];
        let names;
        let symbols;
        let i;
        let own = true;
        const integerIndiceRegex = /^(0|[1-9][0-9]*)$/;
        do {
          names = Object.getOwnPropertyNames(obj);
          symbols = Object.getOwnPropertySymbols(obj);
          for (i = 0; i < names.length; i++) {
            props.push({
              name: integerIndiceRegex.test(names[i]) ? Number(names[i]) : names[i],
              desc: Object.getOwnPropertyDescriptor(obj, names[i]),
              own
            });
          }
          for (i = 0; i < symbols.length; i++) {
            props.push({
              name: symbols[i],
              desc: Object.getOwnPropertyDescriptor(obj, symbols[i]),
              own
            });
          }
          if (key_mode === 1) {
            break;
          }
          obj = Object.getPrototypeOf(obj);
          own = false;
        } while (obj);
        const ret = [];
        const addName = function(ret2, name, key_filter2, conversion_mode) {
          if (ret2.indexOf(name) !== -1)
            return;
          if (conversion_mode === 0) {
            ret2.push(name);
          } else if (conversion_mode === 1) {
            const realName = typeof name === "number" ? String(name) : name;
            if (typeof realName === "string") {
              if (!(key_filter2 & 8)) {
                ret2.push(realName);
              }
            } else {
              ret2.push(realName);
            }
          }
        };
        for (i = 0; i < props.length; i++) {
          const prop = props[i];
          const name = prop.name;
          const desc = prop.desc;
          if (key_filter === 0) {
            addName(ret, name, key_filter, key_conversion);
          } else {
            if (key_filter & 8 && typeof name === "string") {
              continue;
            }
            if (key_filter & 16 && typeof name === "symbol") {
              continue;
            }
            let shouldAdd = true;
            switch (key_filter & 7) {
              case 1: {
                shouldAdd = Boolean(desc.writable);
                break;
              }
              case 2: {
                shouldAdd = Boolean(desc.enumerable);
                break;
              }
              case 1 | 2: {
                shouldAdd = Boolean(desc.writable && desc.enumerable);
                break;
              }
              case 4: {
                shouldAdd = Boolean(desc.configurable);
                break;
              }
              case 4 | 1: {
                shouldAdd = Boolean(desc.configurable && desc.writable);
                break;
              }
              case 4 | 2: {
                shouldAdd = Boolean(desc.configurable && desc.enumerable);
                break;
              }
              case 4 | 2 | 1: {
                shouldAdd = Boolean(desc.configurable && desc.enumerable && desc.writable);
                break;
              }
            }
            if (shouldAdd) {
              addName(ret, name, key_filter, key_conversion);
            }
          }
        }
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(ret);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_property_names(env, object, result) {
      return napi_get_all_property_names(env, object, 0, 2 | 16, 1, result);
    }
    function napi_set_property(env, object, key, value) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!key)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof jsValue;
        if (!(type === "object" && jsValue !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        jsValue[emnapiCtx.jsValueFromNapiValue(key)] = emnapiCtx.jsValueFromNapiValue(value);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_has_property(env, object, key, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!key)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        result >>>= 0;
        r = emnapiCtx.jsValueFromNapiValue(key) in v ? 1 : 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, r, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_property(env, object, key, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!key)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(v[emnapiCtx.jsValueFromNapiValue(key)]);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_delete_property(env, object, key, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!key)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof jsValue;
        if (!(type === "object" && jsValue !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        const propertyKey = emnapiCtx.jsValueFromNapiValue(key);
        if (emnapiCtx.features.Reflect) {
          r = emnapiCtx.features.Reflect.deleteProperty(jsValue, propertyKey);
        } else {
          try {
            r = delete jsValue[propertyKey];
          } catch (_) {
            r = false;
          }
        }
        if (result) {
          result >>>= 0;
          var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
          GET_HEAP_DATA_VIEW().setInt8(result, r ? 1 : 0, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_has_own_property(env, object, key, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!key)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type !== "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        const prop = emnapiCtx.jsValueFromNapiValue(key);
        if (typeof prop !== "string" && typeof prop !== "symbol") {
          return envObject.setLastError(
            4
            /* napi_status.napi_name_expected */
          );
        }
        r = Object.prototype.hasOwnProperty.call(v, emnapiCtx.jsValueFromNapiValue(key));
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, r ? 1 : 0, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_set_named_property(env, object, cname, value) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof jsValue;
        if (!(type === "object" && jsValue !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        if (!cname) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        cname >>>= 0;
        emnapiCtx.jsValueFromNapiValue(object)[emnapiString.UTF8ToString(cname, -1)] = emnapiCtx.jsValueFromNapiValue(value);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_has_named_property(env, object, utf8name, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!utf8name) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        utf8name >>>= 0;
        result >>>= 0;
        r = emnapiString.UTF8ToString(utf8name, -1) in v;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, r ? 1 : 0, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_named_property(env, object, utf8name, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!utf8name) {
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        }
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        utf8name >>>= 0;
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(v[emnapiString.UTF8ToString(utf8name, -1)]);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_set_element(env, object, index2, value) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof jsValue;
        if (!(type === "object" && jsValue !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        jsValue[index2 >>> 0] = emnapiCtx.jsValueFromNapiValue(value);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_has_element(env, object, index2, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        let v;
        const type = typeof jsValue;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        result >>>= 0;
        r = index2 >>> 0 in v ? 1 : 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, r, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_get_element(env, object, index2, result) {
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        const type = typeof jsValue;
        let v;
        try {
          v = type === "object" && jsValue !== null || type === "function" ? jsValue : Object(jsValue);
        } catch (_) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(v[index2 >>> 0]);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_delete_element(env, object, index2, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof jsValue;
        if (!(type === "object" && jsValue !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        if (emnapiCtx.features.Reflect) {
          r = emnapiCtx.features.Reflect.deleteProperty(jsValue, index2 >>> 0);
        } else {
          try {
            r = delete jsValue[index2 >>> 0];
          } catch (_) {
            r = false;
          }
        }
        if (result) {
          result >>>= 0;
          var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
          GET_HEAP_DATA_VIEW().setInt8(result, r ? 1 : 0, true);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_define_properties(env, object, property_count, properties) {
      let propPtr, attributes;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        properties >>>= 0;
        property_count >>>= 0;
        property_count = property_count >>> 0;
        if (property_count > 0) {
          if (!properties)
            return envObject.setLastError(
              1
              /* napi_status.napi_invalid_arg */
            );
        }
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const maybeObject = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof maybeObject;
        if (!(type === "object" && maybeObject !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        let propertyName;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        for (let i = 0; i < property_count; i++) {
          propPtr = properties + i * (4 * 8);
          const utf8Name = GET_HEAP_DATA_VIEW().getUint32(propPtr, true);
          const name = GET_HEAP_DATA_VIEW().getUint32(propPtr + 4, true);
          const method = GET_HEAP_DATA_VIEW().getUint32(propPtr + 8, true);
          const getter = GET_HEAP_DATA_VIEW().getUint32(propPtr + 12, true);
          const setter = GET_HEAP_DATA_VIEW().getUint32(propPtr + 16, true);
          const value = GET_HEAP_DATA_VIEW().getUint32(propPtr + 20, true);
          attributes = GET_HEAP_DATA_VIEW().getInt32(propPtr + 24, true);
          attributes >>>= 0;
          const data = GET_HEAP_DATA_VIEW().getUint32(propPtr + 28, true);
          if (utf8Name) {
            propertyName = emnapiString.UTF8ToString(utf8Name, -1);
          } else {
            if (!name) {
              return envObject.setLastError(
                4
                /* napi_status.napi_name_expected */
              );
            }
            propertyName = emnapiCtx.jsValueFromNapiValue(name);
            if (typeof propertyName !== "string" && typeof propertyName !== "symbol") {
              return envObject.setLastError(
                4
                /* napi_status.napi_name_expected */
              );
            }
          }
          emnapiDefineProperty(envObject, maybeObject, propertyName, method, getter, setter, value, attributes, data);
        }
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_object_freeze(env, object) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const maybeObject = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof maybeObject;
        if (!(type === "object" && maybeObject !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        Object.freeze(maybeObject);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_object_seal(env, object) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const maybeObject = emnapiCtx.jsValueFromNapiValue(object);
        const type = typeof maybeObject;
        if (!(type === "object" && maybeObject !== null || type === "function")) {
          return envObject.setLastError(
            2
            /* napi_status.napi_object_expected */
          );
        }
        Object.seal(maybeObject);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    var propertyMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_define_properties,
      napi_delete_element,
      napi_delete_property,
      napi_get_all_property_names,
      napi_get_element,
      napi_get_named_property,
      napi_get_property,
      napi_get_property_names,
      napi_has_element,
      napi_has_named_property,
      napi_has_own_property,
      napi_has_property,
      napi_object_freeze,
      napi_object_seal,
      napi_set_element,
      napi_set_named_property,
      napi_set_property
    });
    function napi_run_script(env, script, result) {
      let status;
      let value;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!script)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const v8Script = emnapiCtx.jsValueFromNapiValue(script);
        if (typeof v8Script !== "string") {
          return envObject.setLastError(
            3
            /* napi_status.napi_string_expected */
          );
        }
        const g = emnapiCtx.jsValueFromNapiValue(
          6
          /* Constant.GLOBAL */
        );
        const ret = g.eval(v8Script);
        result >>>= 0;
        value = emnapiCtx.napiValueFromJsValue(ret);
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, value, true);
        status = 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
      return status;
    }
    var scriptMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_run_script
    });
    function napi_typeof(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const v = emnapiCtx.jsValueFromNapiValue(value);
      const type = typeof v;
      result >>>= 0;
      let r;
      if (type === "number") {
        r = 3;
      } else if (type === "bigint") {
        r = 9;
      } else if (type === "string") {
        r = 4;
      } else if (type === "function") {
        r = 7;
      } else if (emnapiCtx.isExternal(v)) {
        r = 8;
      } else if (type === "object" && v !== null) {
        r = 6;
      } else if (type === "boolean") {
        r = 2;
      } else if (type === "undefined") {
        r = 0;
      } else if (type === "symbol") {
        r = 5;
      } else if (v === null) {
        r = 1;
      } else {
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      }
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt32(result, r, true);
      return envObject.clearLastError();
    }
    function napi_coerce_to_bool(env, value, result) {
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        result >>>= 0;
        v = jsValue ? 5 : 4;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_coerce_to_number(env, value, result) {
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        if (typeof jsValue === "bigint") {
          throw new TypeError("Cannot convert a BigInt value to a number");
        }
        result >>>= 0;
        v = emnapiCtx.napiValueFromJsValue(Number(jsValue));
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_coerce_to_object(env, value, result) {
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        if (jsValue == null) {
          throw new TypeError("Cannot convert undefined or null to object");
        }
        result >>>= 0;
        v = emnapiCtx.napiValueFromJsValue(Object(jsValue));
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_coerce_to_string(env, value, result) {
      let v;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!value)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const jsValue = emnapiCtx.jsValueFromNapiValue(value);
        if (typeof jsValue === "symbol") {
          throw new TypeError("Cannot convert a Symbol value to a string");
        }
        result >>>= 0;
        v = emnapiCtx.napiValueFromJsValue(String(jsValue));
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setUint32(result, v, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_instanceof(env, object, constructor, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!object)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!constructor)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, 0, true);
        const ctor = emnapiCtx.jsValueFromNapiValue(constructor);
        if (typeof ctor !== "function") {
          return envObject.setLastError(
            5
            /* napi_status.napi_function_expected */
          );
        }
        const val = emnapiCtx.jsValueFromNapiValue(object);
        const ret = val instanceof ctor;
        r = ret ? 1 : 0;
        GET_HEAP_DATA_VIEW().setInt8(result, r, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_is_array(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const jsValue = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = Array.isArray(jsValue) ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_is_arraybuffer(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const h = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = h instanceof ArrayBuffer ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function node_api_is_sharedarraybuffer(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const h = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = typeof SharedArrayBuffer === "function" && h instanceof SharedArrayBuffer || Object.prototype.toString.call(h) === "[object SharedArrayBuffer]" ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_is_date(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const h = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = h instanceof Date ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_is_error(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const val = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = val instanceof Error ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_is_typedarray(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const h = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = ArrayBuffer.isView(h) && !(h instanceof DataView) ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_is_buffer(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const h = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const Buffer2 = emnapiCtx.features.Buffer;
      const r = ArrayBuffer.isView(h) || typeof Buffer2 === "function" && Buffer2.isBuffer(h) ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_is_dataview(env, value, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!value)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const h = emnapiCtx.jsValueFromNapiValue(value);
      result >>>= 0;
      const r = h instanceof DataView ? 1 : 0;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setInt8(result, r, true);
      return envObject.clearLastError();
    }
    function napi_strict_equals(env, lhs, rhs, result) {
      let r;
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!lhs)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!rhs)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const lv = emnapiCtx.jsValueFromNapiValue(lhs);
        const rv = emnapiCtx.jsValueFromNapiValue(rhs);
        result >>>= 0;
        r = lv === rv ? 1 : 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        GET_HEAP_DATA_VIEW().setInt8(result, r, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    function napi_detach_arraybuffer(env, arraybuffer) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!arraybuffer)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const value = emnapiCtx.jsValueFromNapiValue(arraybuffer);
      if (!(value instanceof ArrayBuffer)) {
        if (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer) {
          return envObject.setLastError(
            20
            /* napi_status.napi_detachable_arraybuffer_expected */
          );
        }
        return envObject.setLastError(
          19
          /* napi_status.napi_arraybuffer_expected */
        );
      }
      try {
        const MessageChannel2 = emnapiCtx.features.MessageChannel;
        const messageChannel = new MessageChannel2();
        messageChannel.port1.postMessage(value, [value]);
      } catch (_) {
        return envObject.setLastError(
          9
          /* napi_status.napi_generic_failure */
        );
      }
      return envObject.clearLastError();
    }
    function napi_is_detached_arraybuffer(env, arraybuffer, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      envObject.checkGCAccess();
      if (!envObject.lastException.isEmpty())
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      if (!envObject.canCallIntoJs())
        return envObject.setLastError(
          envObject.moduleApiVersion >= 10 ? 23 : 10
          /* napi_status.napi_pending_exception */
        );
      envObject.clearLastError();
      try {
        if (!arraybuffer)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        if (!result)
          return envObject.setLastError(
            1
            /* napi_status.napi_invalid_arg */
          );
        const h = emnapiCtx.jsValueFromNapiValue(arraybuffer);
        result >>>= 0;
        var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
        if (h instanceof ArrayBuffer && h.byteLength === 0) {
          try {
            new Uint8Array(h);
          } catch (_) {
            GET_HEAP_DATA_VIEW().setInt8(result, 1, true);
            return 0;
          }
        }
        GET_HEAP_DATA_VIEW().setInt8(result, 0, true);
        return 0;
      } catch (err2) {
        envObject.lastException.resetTo(err2);
        return envObject.setLastError(
          10
          /* napi_status.napi_pending_exception */
        );
      }
    }
    var valueOperationMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_coerce_to_bool,
      napi_coerce_to_number,
      napi_coerce_to_object,
      napi_coerce_to_string,
      napi_detach_arraybuffer,
      napi_instanceof,
      napi_is_array,
      napi_is_arraybuffer,
      napi_is_buffer,
      napi_is_dataview,
      napi_is_date,
      napi_is_detached_arraybuffer,
      napi_is_error,
      napi_is_typedarray,
      napi_strict_equals,
      napi_typeof,
      node_api_is_sharedarraybuffer
    });
    function napi_get_version(env, result) {
      if (!env)
        return 1;
      const envObject = emnapiEnv;
      if (!result)
        return envObject.setLastError(
          1
          /* napi_status.napi_invalid_arg */
        );
      const NODE_API_SUPPORTED_VERSION_MAX2 = 10;
      var HEAP_DATA_VIEW = new DataView(wasmMemory.buffer), GET_HEAP_DATA_VIEW = () => HEAP_DATA_VIEW.buffer === wasmMemory.buffer ? HEAP_DATA_VIEW : HEAP_DATA_VIEW = new DataView(wasmMemory.buffer);
      GET_HEAP_DATA_VIEW().setUint32(result, NODE_API_SUPPORTED_VERSION_MAX2, true);
      return envObject.clearLastError();
    }
    var versionMod = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      napi_get_version
    });
    emnapiExternalMemory.init();
    emnapiExternalSAB.init();
    emnapiString.init();
    PThread.init();
    napiModule2.emnapi.syncMemory = $emnapiSyncMemory;
    napiModule2.emnapi.getMemoryAddress = $emnapiGetMemoryAddress;
    napiModule2.emnapi.acquireExternalSharedArrayBuffer = $emnapiAcquireExternalSharedArrayBuffer;
    function addImports(mod) {
      const keys = Object.keys(mod);
      for (let i = 0; i < keys.length; ++i) {
        const k = keys[i];
        if (k.indexOf("$") === 0)
          continue;
        if (k.indexOf("emnapi_") === 0) {
          napiModule2.imports.emnapi[k] = mod[k];
        } else if (k.indexOf("_emnapi_") === 0 || k.indexOf("_v8_") === 0 || k === "napi_set_last_error" || k === "napi_clear_last_error") {
          napiModule2.imports.env[k] = mod[k];
        } else {
          napiModule2.imports.napi[k] = mod[k];
        }
      }
    }
    addImports(asyncMod);
    addImports(memoryMod);
    addImports(utilMod);
    addImports(convert2cMod);
    addImports(convert2napiMod);
    addImports(createMod);
    addImports(globalMod);
    addImports(wrapMod);
    addImports(envMod);
    addImports(emnapiMod);
    addImports(errorMod);
    addImports(functionMod);
    addImports(lifeMod);
    addImports(miscellaneousMod);
    addImports(nodeMod);
    addImports(promiseMod);
    addImports(propertyMod);
    addImports(scriptMod);
    addImports(valueOperationMod);
    addImports(versionMod);
    const pluginCtx = {
      emnapiString,
      emnapiExternalMemory
    };
    Object.keys(initMod).forEach((k) => {
      Object.defineProperty(pluginCtx, k, {
        get: () => initMod[k],
        enumerable: true,
        configurable: true
      });
    });
    Object.keys(nodeMod).forEach((k) => {
      Object.defineProperty(pluginCtx, k, {
        get: () => nodeMod[k],
        enumerable: true,
        configurable: true
      });
    });
    Object.keys(utilMod).forEach((k) => {
      Object.defineProperty(pluginCtx, k, {
        get: () => utilMod[k],
        enumerable: true,
        configurable: true
      });
    });
    napiModule2.plugins = (options.plugins ?? []).map((plugin) => {
      if (typeof plugin === "function") {
        return plugin(pluginCtx);
      }
      if (typeof plugin === "object" && plugin !== null) {
        return plugin;
      }
      throw new TypeError("Invalid plugin");
    });
    napiModule2.plugins.forEach((plugin) => {
      if (typeof plugin.importObject === "function") {
        const importObject = plugin.importObject(napiModule2.imports);
        if (importObject) {
          napiModule2.imports = importObject;
        }
      }
    });
    var index = napiModule2;
    return index;
  })();
  return napiModule;
}
function loadNapiModuleImpl(loadFn, userNapiModule, wasmInput, options) {
  options = options ?? {};
  const getMemory = options.getMemory;
  const getTable = options.getTable;
  const beforeInit = options.beforeInit;
  if (getMemory != null && typeof getMemory !== "function") {
    throw new TypeError("options.getMemory is not a function");
  }
  if (getTable != null && typeof getTable !== "function") {
    throw new TypeError("options.getTable is not a function");
  }
  if (beforeInit != null && typeof beforeInit !== "function") {
    throw new TypeError("options.beforeInit is not a function");
  }
  let napiModule;
  const isLoad = typeof userNapiModule === "object" && userNapiModule !== null;
  if (isLoad) {
    if (userNapiModule.loaded) {
      throw new Error("napiModule has already loaded");
    }
    napiModule = userNapiModule;
  } else {
    napiModule = createNapiModule(options);
  }
  const wasi = options.wasi;
  let wasiThreads;
  let importObject = {
    env: napiModule.imports.env,
    napi: napiModule.imports.napi,
    emnapi: napiModule.imports.emnapi
  };
  if (wasi) {
    wasiThreads = new WASIThreads(napiModule.childThread ? {
      wasi,
      childThread: true,
      postMessage: napiModule.postMessage
    } : {
      wasi,
      threadManager: napiModule.PThread,
      waitThreadStart: napiModule.waitThreadStart
    });
    Object.assign(importObject, typeof wasi.getImportObject === "function" ? wasi.getImportObject() : { wasi_snapshot_preview1: wasi.wasiImport });
    Object.assign(importObject, wasiThreads.getImportObject());
  }
  const overwriteImports = options.overwriteImports;
  if (typeof overwriteImports === "function") {
    const newImportObject = overwriteImports(importObject);
    if (typeof newImportObject === "object" && newImportObject !== null) {
      importObject = newImportObject;
    }
  }
  return loadFn(wasmInput, importObject, (err, source) => {
    if (err) {
      throw err;
    }
    const originalInstance = source.instance;
    let instance = originalInstance;
    const originalExports = originalInstance.exports;
    const exportMemory = "memory" in originalExports;
    const importMemory = "memory" in importObject.env;
    const memory = getMemory ? getMemory(originalExports) : exportMemory ? originalExports.memory : importMemory ? importObject.env.memory : void 0;
    if (!memory) {
      throw new Error("memory is neither exported nor imported");
    }
    const table = getTable ? getTable(originalExports) : originalExports.__indirect_function_table;
    if (wasi && !exportMemory) {
      const exports = /* @__PURE__ */ Object.create(null);
      Object.assign(exports, originalExports, { memory });
      instance = { exports };
    }
    const module = source.module;
    if (wasi) {
      instance = wasiThreads.initialize(instance, module, memory);
    } else {
      napiModule.PThread.setup(module, memory);
    }
    const emnapiInit = () => {
      if (beforeInit) {
        beforeInit({
          instance: originalInstance,
          module
        });
      }
      napiModule.init({
        instance,
        module,
        memory,
        table
      });
      const ret = {
        instance: originalInstance,
        module,
        usedInstance: instance
      };
      if (!isLoad) {
        ret.napiModule = napiModule;
      }
      return ret;
    };
    if (napiModule.PThread.shouldPreloadWorkers()) {
      if (loadFn === loadCallback) {
        return napiModule.PThread.loadWasmModuleToAllWorkers().then(emnapiInit);
      }
      const PThread = napiModule.PThread;
      const workers = PThread.unusedWorkers.slice();
      for (let i = 0; i < workers.length; ++i) {
        const worker = workers[i];
        if (!worker.whenLoaded) {
          PThread.loadWasmModuleToWorker(worker).then(void 0, () => {
          });
        }
      }
    }
    return emnapiInit();
  });
}
function loadCallback(wasmInput, importObject, callback) {
  return load(wasmInput, importObject).then((source) => {
    return callback(null, source);
  }, (err) => {
    return callback(err);
  });
}
function loadSyncCallback(wasmInput, importObject, callback) {
  let source;
  try {
    source = loadSync(wasmInput, importObject);
  } catch (err) {
    return callback(err);
  }
  return callback(null, source);
}
function instantiateNapiModuleSync(wasmInput, options) {
  return loadNapiModuleImpl(loadSyncCallback, void 0, wasmInput, options);
}

// node_modules/@emnapi/runtime/dist/emnapi.js
function detectFinalizer() {
  return typeof FinalizationRegistry !== "undefined" && typeof WeakRef !== "undefined";
}
var supportFinalizer = detectFinalizer();
function detectFeatures(features) {
  const supportNewFunction = (function() {
    let f;
    try {
      f = new Function();
    } catch (_) {
      return false;
    }
    return typeof f === "function";
  })();
  const canSetFunctionName = (function() {
    try {
      return Boolean(Object.getOwnPropertyDescriptor(Function.prototype, "name")?.configurable);
    } catch (_) {
      return false;
    }
  })();
  const weakSymbol = (function() {
    try {
      const sym = /* @__PURE__ */ Symbol();
      new WeakRef(sym);
      (/* @__PURE__ */ new WeakMap()).set(sym, void 0);
    } catch (_) {
      return false;
    }
    return true;
  })();
  const _require = (function() {
    let nativeRequire;
    if (typeof __webpack_public_path__ !== "undefined") {
      nativeRequire = /* @__PURE__ */ (function() {
        return typeof __non_webpack_require__ !== "undefined" ? __non_webpack_require__ : void 0;
      })();
    } else {
      nativeRequire = /* @__PURE__ */ (function() {
        return typeof __webpack_public_path__ !== "undefined" ? typeof __non_webpack_require__ !== "undefined" ? __non_webpack_require__ : void 0 : typeof __require !== "undefined" ? __require : void 0;
      })();
    }
    return nativeRequire;
  })();
  function defaultGetGlobalThis() {
    if (typeof globalThis !== "undefined")
      return globalThis;
    let g = /* @__PURE__ */ (function() {
      return this;
    })();
    if (!g && supportNewFunction) {
      try {
        g = new Function("return this")();
      } catch (_) {
      }
    }
    if (!g) {
      if (typeof __webpack_public_path__ === "undefined") {
        if (typeof global !== "undefined")
          return global;
      }
      if (typeof window !== "undefined")
        return window;
      if (typeof self !== "undefined")
        return self;
    }
    throw new Error("Unable to get globalThis");
  }
  function defaultWithResolvers() {
    let ok;
    let err;
    const promise = new this((resolve, reject) => {
      ok = resolve;
      err = reject;
    });
    return { promise, resolve: ok, reject: err };
  }
  const getGlobalThis = features && "getGlobalThis" in features ? features.getGlobalThis ?? defaultGetGlobalThis : defaultGetGlobalThis;
  const withResolvers = features && "withResolvers" in features ? features.withResolvers ?? defaultWithResolvers : typeof Promise.withResolvers === "function" ? Promise.withResolvers : defaultWithResolvers;
  const getBuiltinModule = getGlobalThis?.().process?.getBuiltinModule ?? _require;
  const ret = {
    makeDynamicFunction: supportNewFunction ? (...args) => new Function(...args) : void 0,
    setFunctionName: canSetFunctionName ? (f, name) => {
      Object.defineProperty(f, "name", { value: name });
    } : void 0,
    Reflect: typeof Reflect === "object" ? Reflect : void 0,
    finalizer: detectFinalizer(),
    weakSymbol,
    BigInt: typeof BigInt !== "undefined" ? BigInt : void 0,
    MessageChannel: typeof MessageChannel === "function" ? MessageChannel : (function() {
      try {
        return getBuiltinModule("worker_threads").MessageChannel;
      } catch (_) {
      }
      return void 0;
    })(),
    setImmediate: typeof setImmediate === "function" ? setImmediate.bind(getGlobalThis()) : function(callback) {
      if (typeof callback !== "function") {
        throw new TypeError('The "callback" argument must be of type function');
      }
      if (ret.MessageChannel) {
        let channel = new ret.MessageChannel();
        channel.port1.onmessage = function() {
          channel.port1.onmessage = null;
          channel = void 0;
          callback();
        };
        channel.port2.postMessage(null);
      } else {
        setTimeout(callback, 0);
      }
    },
    Buffer: typeof Buffer === "function" ? Buffer : (function() {
      try {
        return getBuiltinModule("buffer").Buffer;
      } catch (_) {
      }
      return void 0;
    })(),
    ...features,
    getGlobalThis,
    withResolvers
  };
  return ret;
}
function getDylinkMetadata(binary) {
  let offset = 0;
  let end = 0;
  const decoder = new TextDecoder();
  function getU8() {
    return binary[offset++];
  }
  function getLEB() {
    let ret = 0;
    let mul = 1;
    while (1) {
      let byte = binary[offset++];
      ret += (byte & 127) * mul;
      mul *= 128;
      if (!(byte & 128))
        break;
    }
    return ret;
  }
  function getString() {
    let len = getLEB();
    offset += len;
    return decoder.decode(binary.subarray(offset - len, offset));
  }
  function getStringList() {
    let count = getLEB();
    let rtn = [];
    while (count--)
      rtn.push(getString());
    return rtn;
  }
  function failIf(condition, message) {
    if (condition)
      throw new Error(message);
  }
  if (binary instanceof WebAssembly.Module) {
    const dylinkSection = WebAssembly.Module.customSections(binary, "dylink.0");
    failIf(dylinkSection.length === 0, "need dylink section");
    binary = new Uint8Array(dylinkSection[0]);
    end = binary.length;
  } else {
    var int32View = new Uint32Array(new Uint8Array(binary.subarray(0, 24)).buffer);
    var magicNumberFound = int32View[0] === 1836278016 || int32View[0] === 6386541;
    failIf(!magicNumberFound, "need to see wasm magic number");
    failIf(binary[8] !== 0, "need the dylink section to be first");
    offset = 9;
    var section_size = getLEB();
    end = offset + section_size;
    var name = getString();
    failIf(name !== "dylink.0");
  }
  var customSection = {
    neededDynlibs: [],
    tlsExports: /* @__PURE__ */ new Set(),
    weakImports: /* @__PURE__ */ new Set(),
    runtimePaths: [],
    memorySize: 0,
    memoryAlign: 0,
    tableSize: 0,
    tableAlign: 0
  };
  var WASM_DYLINK_MEM_INFO = 1;
  var WASM_DYLINK_NEEDED = 2;
  var WASM_DYLINK_EXPORT_INFO = 3;
  var WASM_DYLINK_IMPORT_INFO = 4;
  var WASM_DYLINK_RUNTIME_PATH = 5;
  var WASM_SYMBOL_TLS = 256;
  var WASM_SYMBOL_BINDING_MASK = 3;
  var WASM_SYMBOL_BINDING_WEAK = 1;
  while (offset < end) {
    var subsectionType = getU8();
    var subsectionSize = getLEB();
    if (subsectionType === WASM_DYLINK_MEM_INFO) {
      customSection.memorySize = getLEB();
      customSection.memoryAlign = getLEB();
      customSection.tableSize = getLEB();
      customSection.tableAlign = getLEB();
    } else if (subsectionType === WASM_DYLINK_NEEDED) {
      customSection.neededDynlibs = getStringList();
    } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
      let count = getLEB();
      while (count--) {
        let symname = getString();
        let flags = getLEB();
        if (flags & WASM_SYMBOL_TLS) {
          customSection.tlsExports.add(symname);
        }
      }
    } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
      let count = getLEB();
      while (count--) {
        getString();
        let symname = getString();
        let flags = getLEB();
        if ((flags & WASM_SYMBOL_BINDING_MASK) === WASM_SYMBOL_BINDING_WEAK) {
          customSection.weakImports.add(symname);
        }
      }
    } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
      customSection.runtimePaths = getStringList();
    } else {
      console.error("unknown dylink.0 subsection:", subsectionType);
      offset += subsectionSize;
    }
  }
  var tableAlign = Math.pow(2, customSection.tableAlign);
  failIf(tableAlign !== 1, `invalid tableAlign ${tableAlign}`);
  failIf(offset !== end);
  return customSection;
}
var version = "2.0.0-alpha.6";
var NODE_API_SUPPORTED_VERSION_MAX = 10;
var NAPI_VERSION_EXPERIMENTAL = 2147483647;
var NODE_API_DEFAULT_MODULE_API_VERSION = 8;
var NODE_MODULE_VERSION = 137;
var Disposable = class {
};
if (typeof Symbol.dispose === "symbol") {
  Object.defineProperty(Disposable.prototype, Symbol.dispose, {
    value() {
      this.dispose();
    },
    writable: true,
    enumerable: false,
    configurable: true
  });
}
var RefTracker = class extends Disposable {
  constructor() {
    super(...arguments);
    this._next = null;
    this._prev = null;
  }
  dispose() {
  }
  finalize() {
  }
  link(list) {
    this._prev = list;
    this._next = list._next;
    if (this._next !== null) {
      this._next._prev = this;
    }
    list._next = this;
  }
  unlink() {
    if (this._prev !== null) {
      this._prev._next = this._next;
    }
    if (this._next !== null) {
      this._next._prev = this._prev;
    }
    this._prev = null;
    this._next = null;
  }
  static finalizeAll(list) {
    while (list._next !== null) {
      list._next.finalize();
    }
  }
};
var Finalizer = class _Finalizer {
  constructor(envObject, _finalizeCallback = 0, _finalizeData = 0, _finalizeHint = 0) {
    this.envObject = envObject;
    this._finalizeCallback = _finalizeCallback;
    this._finalizeData = _finalizeData;
    this._finalizeHint = _finalizeHint;
    this._makeDynCall_vppp = envObject.bridge.makeDynCall_vppp;
  }
  copy() {
    const newFina = Object.create(_Finalizer.prototype);
    newFina.envObject = this.envObject;
    newFina._makeDynCall_vppp = this._makeDynCall_vppp;
    newFina._finalizeCallback = this._finalizeCallback;
    newFina._finalizeData = this._finalizeData;
    newFina._finalizeHint = this._finalizeHint;
    return newFina;
  }
  move(target) {
    target._finalizeCallback = this._finalizeCallback;
    target._finalizeData = this._finalizeData;
    target._finalizeHint = this._finalizeHint;
    target.envObject = this.envObject;
    target._makeDynCall_vppp = this._makeDynCall_vppp;
    this._finalizeCallback = 0;
    this._finalizeData = 0;
    this._finalizeHint = 0;
    this.dispose();
  }
  callback() {
    return this._finalizeCallback;
  }
  data() {
    return this._finalizeData;
  }
  hint() {
    return this._finalizeHint;
  }
  resetEnv() {
    this.envObject = void 0;
  }
  resetFinalizer() {
    this._finalizeCallback = 0;
    this._finalizeData = 0;
    this._finalizeHint = 0;
  }
  callFinalizer() {
    const finalize_callback = this._finalizeCallback;
    const finalize_data = this._finalizeData;
    const finalize_hint = this._finalizeHint;
    this.resetFinalizer();
    if (!finalize_callback)
      return;
    const fini = Number(finalize_callback);
    if (!this.envObject) {
      this._makeDynCall_vppp(fini)(0, finalize_data, finalize_hint);
    } else {
      this.envObject.callFinalizer(fini, finalize_data, finalize_hint);
    }
  }
  dispose() {
    this.envObject = void 0;
    this._makeDynCall_vppp = void 0;
  }
};
var TrackedFinalizer = class _TrackedFinalizer extends RefTracker {
  static create(envObject, finalize_callback, finalize_data, finalize_hint) {
    const finalizer = new _TrackedFinalizer(envObject, finalize_callback, finalize_data, finalize_hint);
    finalizer.link(envObject.finalizing_reflist);
    return finalizer;
  }
  constructor(envObject, finalize_callback, finalize_data, finalize_hint) {
    super();
    this._finalizer = new Finalizer(envObject, finalize_callback, finalize_data, finalize_hint);
  }
  data() {
    return this._finalizer.data();
  }
  dispose() {
    if (!this._finalizer)
      return;
    this.unlink();
    this._finalizer.envObject.dequeueFinalizer(this);
    this._finalizer.dispose();
    this._finalizer = void 0;
    super.dispose();
  }
  finalize() {
    this.unlink();
    let error;
    let caught = false;
    try {
      this._finalizer.callFinalizer();
    } catch (err) {
      caught = true;
      error = err;
    }
    this.dispose();
    if (caught) {
      throw error;
    }
  }
};
var CountIdAllocator = class extends Disposable {
  constructor(initialNext = 1) {
    super();
    this.next = initialNext;
  }
  aquire() {
    return this.next++;
  }
  release(_) {
  }
  dispose() {
  }
};
var CountIdReuseAllocator = class extends CountIdAllocator {
  constructor() {
    super(...arguments);
    this._freeList = [];
    this._freeListHead = 0;
  }
  aquire() {
    if (this._freeListHead < this._freeList.length) {
      const id = this._freeList[this._freeListHead++];
      if (this._freeListHead === this._freeList.length) {
        this._freeList.length = 0;
        this._freeListHead = 0;
      }
      return id;
    }
    return super.aquire();
  }
  release(id) {
    this._freeList.push(id);
  }
  dispose() {
    this._freeList.length = 0;
    this._freeListHead = 0;
    super.dispose();
  }
};
var BaseArrayStore = class extends Disposable {
  constructor(initialCapacity = 1) {
    super();
    this._values = [void 0];
    for (let i = 1; i < initialCapacity; i++) {
      this._values.push(void 0);
    }
  }
  assign(id, value) {
    this._values[id] = value;
    return value;
  }
  deref(id) {
    return this._values[id];
  }
  alloc(factory, ...args) {
    return factory(...args);
  }
  dealloc(id) {
    this._values[id] = void 0;
  }
  dispose() {
    this._values.forEach((_, i) => this.dealloc(i));
  }
};
var ArrayStore = class extends BaseArrayStore {
  constructor(initialCapacity = 4) {
    super(initialCapacity);
    this._allocator = new CountIdReuseAllocator(1);
  }
  insert(value) {
    const id = this._allocator.aquire();
    value.id = id;
    this._values[id] = value;
  }
  alloc(factory, ...args) {
    const value = factory(...args);
    this.insert(value);
    return value;
  }
  dealloc(id) {
    this._allocator.release(id);
    super.dealloc(id);
  }
};
var PersistentStore = class extends ArrayStore {
  constructor(initialCapacity = 4) {
    super(initialCapacity);
    this._recyleList = [];
    this._recyleListHead = 0;
  }
  markUnused(id) {
    this._recyleList.push(id);
  }
  recycle() {
    while (this._recyleListHead < this._recyleList.length) {
      const id = this._recyleList[this._recyleListHead++];
      if (this._recyleListHead === this._recyleList.length) {
        this._recyleList.length = 0;
        this._recyleListHead = 0;
      }
      const persistent = this.deref(id);
      persistent.dispose();
    }
  }
};
var GlobalIdentityStore = class {
  constructor(isolate) {
    this._objects = /* @__PURE__ */ new WeakMap();
    this._primitives = /* @__PURE__ */ new Map();
    this._bySlot = /* @__PURE__ */ new Map();
    this._isolate = isolate;
  }
  acquire(value) {
    const objectLike = value !== null && (typeof value === "object" || typeof value === "function");
    const table = objectLike ? this._objects : this._primitives;
    let identity = table.get(value);
    if (identity?.retired)
      identity = void 0;
    if (!identity) {
      const reference = new Persistent(this._isolate, value);
      if (objectLike)
        reference.setWeak(void 0, () => {
        });
      identity = {
        reference,
        count: 0,
        pending: false,
        retired: false,
        objectLike,
        primitiveValue: objectLike ? void 0 : value
      };
      table.set(value, identity);
      this._bySlot.set(reference.slot(), identity);
    }
    identity.count++;
    identity.pending = false;
    return identity.reference.slot();
  }
  retain(slot) {
    const identity = this._bySlot.get(Number(slot));
    if (!identity || identity.retired)
      return;
    identity.count++;
    identity.pending = false;
  }
  release(slot) {
    const identity = this._bySlot.get(Number(slot));
    if (!identity || identity.retired || identity.count === 0)
      return;
    if (--identity.count !== 0 || identity.pending)
      return;
    identity.pending = true;
    Promise.resolve().then(() => {
      identity.pending = false;
      if (identity.count !== 0 || identity.retired)
        return;
      identity.retired = true;
      this._bySlot.delete(identity.reference.slot());
      if (!identity.objectLike) {
        this._primitives.delete(identity.primitiveValue);
      }
      identity.reference.dispose();
    });
  }
};
var StrongRef = class extends Disposable {
  constructor(value) {
    super();
    this._value = value;
  }
  deref() {
    return this._value;
  }
  dispose() {
    this._value = void 0;
  }
};
var Persistent = class _Persistent extends Disposable {
  constructor(isolate, ...args) {
    super();
    this.id = 0;
    this._isolate = isolate;
    isolate.insertRef(this);
    this._slotId = 2147483648 + this.id;
    this.setSlot(args.length === 0 ? void 0 : new StrongRef(args[0]));
  }
  dispose() {
    this.reset();
    this.deleteSlot();
    this._isolate.globalHandleStore.dealloc(this.id);
    this._isolate = void 0;
    this.id = 0;
  }
  copy() {
    const target = new _Persistent(this._isolate);
    target._param = this._param;
    target._callback = this._callback;
    const ref = this.getSlot();
    if (ref instanceof StrongRef) {
      target.setSlot(new StrongRef(ref.deref()));
    } else if (ref instanceof WeakRef) {
      const value = ref.deref();
      if (value === void 0) {
        target.setSlot(void 0);
      } else {
        target.setSlot(new StrongRef(value));
        target.setWeak(this._param, this._callback);
      }
    } else {
      target.setSlot(void 0);
    }
    return target;
  }
  move(to) {
    if (this === to)
      return;
    to.reset();
    to._param = this._param;
    to._callback = this._callback;
    to._isolate = this._isolate;
    to.setSlot(this.getSlot());
    this.reset();
    this.setSlot(void 0);
  }
  slot() {
    return this._slotId;
  }
  getSlot() {
    return this._isolate.getRefSlotValue(this.slot());
  }
  setSlot(ref) {
    this._isolate.setRefSlotValue(this.slot(), ref);
  }
  deleteSlot() {
    this._isolate.deleteRefSlotValue(this.slot());
  }
  setWeak(param, callback) {
    const ref = this.getSlot();
    if (!supportFinalizer || ref === void 0 || ref instanceof WeakRef)
      return;
    const value = ref.deref();
    try {
      _Persistent._registry.register(value, this, this);
      const weakRef = new WeakRef(value);
      ref.dispose();
      this.setSlot(weakRef);
      this._param = param;
      this._callback = callback;
    } catch (err) {
      if (typeof value === "symbol") ;
      else {
        throw err;
      }
    }
  }
  clearWeak() {
    const ref = this.getSlot();
    if (!supportFinalizer || ref === void 0)
      return;
    if (ref instanceof WeakRef) {
      try {
        _Persistent._registry.unregister(this);
      } catch (_) {
      }
      this._param = void 0;
      this._callback = void 0;
      const value = ref.deref();
      if (value === void 0) {
        this.setSlot(value);
      } else {
        this.setSlot(new StrongRef(value));
      }
    }
  }
  reset() {
    if (supportFinalizer) {
      try {
        _Persistent._registry.unregister(this);
      } catch (_) {
      }
    }
    this._param = void 0;
    this._callback = void 0;
    const ref = this.getSlot();
    if (ref instanceof StrongRef) {
      ref.dispose();
    }
    this.setSlot(void 0);
  }
  resetTo(value) {
    this.reset();
    this.setSlot(new StrongRef(value));
  }
  isEmpty() {
    return this.getSlot() === void 0;
  }
  deref() {
    const ref = this.getSlot();
    if (ref === void 0)
      return void 0;
    return ref.deref();
  }
};
Persistent._registry = supportFinalizer ? new FinalizationRegistry((value) => {
  value.setSlot(void 0);
  const callback = value._callback;
  const param = value._param;
  value._callback = void 0;
  value._param = void 0;
  if (typeof callback === "function") {
    callback(param);
  }
}) : void 0;
function handleThrow(envObject, value) {
  if (envObject.terminatedOrTerminating()) {
    return;
  }
  throw value;
}
var Env = class extends Disposable {
  constructor(ctx, store, bridge) {
    super();
    this.openHandleScopes = 0;
    this.instanceData = null;
    this.refs = 1;
    this.reflist = new RefTracker();
    this.finalizing_reflist = new RefTracker();
    this.pendingFinalizers = /* @__PURE__ */ new Set();
    this.inGcFinalizer = false;
    this._bindingMap = /* @__PURE__ */ new WeakMap();
    this.ctx = ctx;
    this.store = store;
    this.id = 0;
    this.store.insert(this);
    this.lastException = new Persistent(ctx.isolate);
    this.bridge = bridge;
    this.address = typeof bridge.address === "function" ? bridge.address() : bridge.address;
  }
  canCallIntoJs() {
    return true;
  }
  terminatedOrTerminating() {
    return !this.canCallIntoJs();
  }
  ref() {
    this.refs++;
  }
  unref() {
    this.refs--;
    if (this.refs === 0) {
      this.dispose();
    }
  }
  clearLastError() {
    this.bridge.setLastError(this.address, 0, 0, 0);
    return 0;
  }
  setLastError(error_code, engine_error_code = 0, engine_reserved = 0) {
    this.bridge.setLastError(this.address, error_code, engine_error_code, engine_reserved);
    return error_code;
  }
  callIntoModule(fn, handleException = handleThrow) {
    const openHandleScopesBefore = this.openHandleScopes;
    this.clearLastError();
    const r = fn(this);
    if (openHandleScopesBefore !== this.openHandleScopes) {
      this.bridge.abort("open_handle_scopes != open_handle_scopes_before");
    }
    if (!this.lastException.isEmpty()) {
      const err = this.lastException.deref();
      this.lastException.reset();
      handleException(this, err);
    }
    return r;
  }
  invokeFinalizerFromGC(finalizer) {
    if (this.moduleApiVersion !== NAPI_VERSION_EXPERIMENTAL) {
      this.enqueueFinalizer(finalizer);
    } else {
      const saved = this.inGcFinalizer;
      this.inGcFinalizer = true;
      try {
        finalizer.finalize();
      } finally {
        this.inGcFinalizer = saved;
      }
    }
  }
  checkGCAccess() {
    if (this.moduleApiVersion === NAPI_VERSION_EXPERIMENTAL && this.inGcFinalizer) {
      this.bridge.abort("Finalizer is calling a function that may affect GC state.\nThe finalizers are run directly from GC and must not affect GC state.\nUse `node_api_post_finalizer` from inside of the finalizer to work around this issue.\nIt schedules the call as a new task in the event loop.");
    }
  }
  enqueueFinalizer(finalizer) {
    this.pendingFinalizers.add(finalizer);
  }
  dequeueFinalizer(finalizer) {
    this.pendingFinalizers.delete(finalizer);
  }
  deleteMe() {
    RefTracker.finalizeAll(this.finalizing_reflist);
    RefTracker.finalizeAll(this.reflist);
    this.lastException.reset();
    this.store.dealloc(this.id);
    this.bridge.deleteEnv(this.address);
  }
  dispose() {
    if (this.id === 0)
      return;
    this.deleteMe();
    this.finalizing_reflist.dispose();
    this.reflist.dispose();
    this.id = 0;
  }
  initObjectBinding(value) {
    const binding = {
      wrapped: 0,
      tag: null
    };
    this._bindingMap.set(value, binding);
    return binding;
  }
  getObjectBinding(value) {
    if (this._bindingMap.has(value)) {
      return this._bindingMap.get(value);
    }
    return this.initObjectBinding(value);
  }
  setInstanceData(data, finalize_cb, finalize_hint) {
    if (this.instanceData) {
      this.instanceData.dispose();
    }
    this.instanceData = TrackedFinalizer.create(this, finalize_cb, data, finalize_hint);
  }
  getInstanceData() {
    return this.instanceData ? this.instanceData.data() : 0;
  }
};
var NodeEnv = class extends Env {
  constructor(ctx, store, bridge) {
    super(ctx, store, bridge);
    this.destructing = false;
    this.finalizationScheduled = false;
    this.bridge = bridge;
  }
  deleteMe() {
    this.destructing = true;
    this.drainFinalizerQueue();
    super.deleteMe();
  }
  canCallIntoJs() {
    return super.canCallIntoJs() && this.ctx.canCallIntoJs();
  }
  triggerFatalException(err) {
    if (this.nodeBinding) {
      this.nodeBinding.napi.fatalException(err);
    } else {
      if (typeof process === "object" && process !== null && typeof process._fatalException === "function") {
        const handled = process._fatalException(err);
        if (!handled) {
          console.error(err);
          process.exit(1);
        }
      } else {
        throw err;
      }
    }
  }
  callbackIntoModule(enforceUncaughtExceptionPolicy, fn) {
    return this.callIntoModule(fn, (envObject, err) => {
      if (envObject.terminatedOrTerminating()) {
        return;
      }
      const hasProcess = typeof process === "object" && process !== null;
      const hasForceFlag = hasProcess ? Boolean(process.execArgv && process.execArgv.indexOf("--force-node-api-uncaught-exceptions-policy") !== -1) : false;
      if (envObject.moduleApiVersion < 10 && !hasForceFlag && !enforceUncaughtExceptionPolicy) {
        const warn = hasProcess && typeof process.emitWarning === "function" ? process.emitWarning : function(warning, type, code) {
          if (warning instanceof Error) {
            console.warn(warning.toString());
          } else {
            const prefix = code ? `[${code}] ` : "";
            console.warn(`${prefix}${type || "Warning"}: ${warning}`);
          }
        };
        warn("Uncaught Node-API callback exception detected, please run node with option --force-node-api-uncaught-exceptions-policy=true to handle those exceptions properly.", "DeprecationWarning", "DEP0168");
        return;
      }
      envObject.triggerFatalException(err);
    });
  }
  callFinalizer(cb, data, hint) {
    this.callFinalizerInternal(1, cb, data, hint);
  }
  callFinalizerInternal(forceUncaught, cb, data, hint) {
    const f = this.bridge.makeDynCall_vppp(cb);
    const env = this.address;
    const scope = this.ctx.openScope(this);
    try {
      this.callbackIntoModule(Boolean(forceUncaught), () => {
        f(env, data, hint);
      });
    } finally {
      this.ctx.closeScope(this, scope);
    }
  }
  enqueueFinalizer(finalizer) {
    super.enqueueFinalizer(finalizer);
    if (!this.finalizationScheduled && !this.destructing) {
      this.finalizationScheduled = true;
      this.ref();
      this.ctx.features.setImmediate(() => {
        this.finalizationScheduled = false;
        this.unref();
        this.drainFinalizerQueue();
      });
    }
  }
  drainFinalizerQueue() {
    for (const refTracker of this.pendingFinalizers) {
      this.pendingFinalizers.delete(refTracker);
      refTracker.finalize();
    }
  }
};
var EmnapiError = class _EmnapiError extends Error {
  constructor(message) {
    super(message);
    const ErrorConstructor = new.target;
    const proto = ErrorConstructor.prototype;
    if (!(this instanceof _EmnapiError)) {
      const setPrototypeOf = Object.setPrototypeOf;
      if (typeof setPrototypeOf === "function") {
        setPrototypeOf.call(Object, this, proto);
      } else {
        this.__proto__ = proto;
      }
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, ErrorConstructor);
      }
    }
  }
};
Object.defineProperty(EmnapiError.prototype, "name", {
  configurable: true,
  writable: true,
  value: "EmnapiError"
});
var NotSupportWeakRefError = class extends EmnapiError {
  constructor(api, message) {
    super(`${api}: The current runtime does not support "FinalizationRegistry" and "WeakRef".${message ? ` ${message}` : ""}`);
  }
};
Object.defineProperty(NotSupportWeakRefError.prototype, "name", {
  configurable: true,
  writable: true,
  value: "NotSupportWeakRefError"
});
var NotSupportBufferError = class extends EmnapiError {
  constructor(api, message) {
    super(`${api}: The current runtime does not support "Buffer". Consider using buffer polyfill to make sure \`globalThis.Buffer\` is defined.${message ? ` ${message}` : ""}`);
  }
};
Object.defineProperty(NotSupportBufferError.prototype, "name", {
  configurable: true,
  writable: true,
  value: "NotSupportBufferError"
});
var ReferenceOwnership;
(function(ReferenceOwnership2) {
  ReferenceOwnership2[ReferenceOwnership2["kRuntime"] = 0] = "kRuntime";
  ReferenceOwnership2[ReferenceOwnership2["kUserland"] = 1] = "kUserland";
})(ReferenceOwnership || (ReferenceOwnership = {}));
function canBeHeldWeakly(value) {
  if (!value)
    return false;
  const type = typeof value;
  return type === "object" || type === "function" || type === "symbol";
}
var Reference = class _Reference extends RefTracker {
  static weakCallback(ref) {
    const persistent = ref.getPersistent();
    persistent.reset();
    ref.invokeFinalizerFromGC();
  }
  static create(ctx, envObject, handle_id, initialRefcount, ownership, _unused1, _unused2, _unused3) {
    const ref = new _Reference(ctx, envObject, handle_id, initialRefcount, ownership);
    if (envObject) {
      ref.link(envObject.reflist);
    }
    return ref;
  }
  constructor(ctx, envObject, handle_id, initialRefcount, ownership) {
    super();
    this.envObject = envObject;
    this._refcount = initialRefcount;
    this._ownership = ownership;
    const value = envObject ? envObject.ctx.jsValueFromNapiValue(handle_id) : handle_id;
    this.canBeWeak = canBeHeldWeakly(value);
    this.ctx = ctx;
    this.id = new Persistent(ctx.isolate, value).id;
    ctx.refStore.set(this.id, this);
    if (initialRefcount === 0) {
      this._setWeak();
    }
  }
  getPersistent() {
    return this.ctx.isolate.getRef(this.id);
  }
  ref() {
    const persistent = this.getPersistent();
    if (persistent.isEmpty()) {
      return 0;
    }
    if (++this._refcount === 1 && this.canBeWeak) {
      persistent.clearWeak();
    }
    return this._refcount;
  }
  unref() {
    const persistent = this.getPersistent();
    if (persistent.isEmpty() || this._refcount === 0) {
      return 0;
    }
    if (--this._refcount === 0) {
      this._setWeak();
    }
    return this._refcount;
  }
  deref() {
    const persistent = this.getPersistent();
    return persistent.deref();
  }
  get() {
    const persistent = this.getPersistent();
    if (persistent.isEmpty()) {
      return 0;
    }
    return persistent.slot();
  }
  resetFinalizer() {
  }
  data() {
    return 0;
  }
  refcount() {
    return this._refcount;
  }
  ownership() {
    return this._ownership;
  }
  callUserFinalizer() {
  }
  invokeFinalizerFromGC() {
    this.finalize();
  }
  _setWeak() {
    this.setWeakWithData(this, _Reference.weakCallback);
  }
  setWeakWithData(data, callback) {
    const persistent = this.getPersistent();
    if (this.canBeWeak) {
      persistent.setWeak(data, callback);
    } else {
      persistent.reset();
    }
  }
  clearWeak() {
    const persistent = this.getPersistent();
    persistent.clearWeak();
  }
  finalize() {
    const persistent = this.getPersistent();
    persistent.reset();
    const deleteMe = this._ownership === ReferenceOwnership.kRuntime;
    this.unlink();
    this.callUserFinalizer();
    if (deleteMe) {
      this.dispose();
    }
  }
  dispose() {
    if (this.id === 0)
      return;
    this.unlink();
    this.ctx.isolate.removeRef(this.id);
    this.ctx.refStore.delete(this.id);
    super.dispose();
    this.ctx = void 0;
    this.envObject = void 0;
    this.id = 0;
  }
};
var ReferenceWithData = class _ReferenceWithData extends Reference {
  static create(ctx, envObject, value, initialRefcount, ownership, data) {
    const reference = new _ReferenceWithData(ctx, envObject, value, initialRefcount, ownership, data);
    if (envObject) {
      reference.link(envObject.reflist);
    }
    return reference;
  }
  constructor(ctx, envObject, value, initialRefcount, ownership, data) {
    super(ctx, envObject, value, initialRefcount, ownership);
    this._data = data;
  }
  data() {
    return this._data;
  }
};
var ReferenceWithFinalizer = class _ReferenceWithFinalizer extends Reference {
  static create(ctx, envObject, value, initialRefcount, ownership, finalize_callback, finalize_data, finalize_hint) {
    if (!envObject) {
      throw new TypeError("envObject is required for ReferenceWithFinalizer");
    }
    const reference = new _ReferenceWithFinalizer(ctx, envObject, value, initialRefcount, ownership, finalize_callback, finalize_data, finalize_hint);
    reference.link(envObject.finalizing_reflist);
    return reference;
  }
  constructor(ctx, envObject, value, initialRefcount, ownership, finalize_callback, finalize_data, finalize_hint) {
    super(ctx, envObject, value, initialRefcount, ownership);
    this._finalizer = new Finalizer(envObject, finalize_callback, finalize_data, finalize_hint);
  }
  resetFinalizer() {
    this._finalizer.resetFinalizer();
  }
  data() {
    return this._finalizer.data();
  }
  callUserFinalizer() {
    this._finalizer.callFinalizer();
  }
  invokeFinalizerFromGC() {
    this._finalizer.envObject.invokeFinalizerFromGC(this);
  }
  dispose() {
    if (!this._finalizer)
      return;
    this._finalizer.envObject.dequeueFinalizer(this);
    this._finalizer.dispose();
    super.dispose();
    this._finalizer = void 0;
  }
};
var HandleStore = class _HandleStore extends BaseArrayStore {
  constructor(features) {
    super(_HandleStore.MIN_ID);
    this._features = features;
    this._allocator = new CountIdAllocator(_HandleStore.MIN_ID);
    this.refValues = /* @__PURE__ */ new Map();
    this._values[2] = void 0;
    this._values[3] = null;
    this._values[4] = false;
    this._values[5] = true;
    this._values[6] = features.getGlobalThis();
    this._values[7] = "";
    const _erase = (start, end) => {
      for (let i = start; i < end; ++i) {
        this.dealloc(i);
      }
    };
    this._erase = this._features.finalizer ? this._features.weakSymbol ? (start, end, weak) => {
      if (!weak) {
        _erase(start, end);
      } else {
        for (let i = start; i < end; ++i) {
          const value = this._values[i];
          const type = typeof value;
          if (type === "object" && value !== null || type === "function" || type === "symbol" && Symbol.keyFor(value) === void 0) {
            this._values[i] = new WeakRef(value);
          }
        }
      }
    } : (start, end, weak) => {
      if (!weak) {
        _erase(start, end);
      } else {
        for (let i = start; i < end; ++i) {
          const value = this._values[i];
          const type = typeof value;
          if (type === "object" && value !== null || type === "function") {
            this._values[i] = new WeakRef(value);
          }
        }
      }
    } : _erase;
    this._deref = this._features.finalizer ? (id) => {
      id = Number(id);
      if (id < 0 || id > 2147483647) {
        const ref = this.refValues.get(id >>> 0);
        if (ref === void 0)
          return void 0;
        return ref.deref();
      }
      const value = this._values[id];
      if (value instanceof WeakRef && this.isOutOfScope(id)) {
        return value.deref();
      }
      return value;
    } : (id) => {
      id = Number(id);
      if (id < 0 || id > 2147483647) {
        const ref = this.refValues.get(id >>> 0);
        if (ref === void 0)
          return void 0;
        return ref.deref();
      }
      const value = this._values[id];
      return value;
    };
  }
  isOutOfScope(id) {
    return id >= this._allocator.next;
  }
  deepDeref(id) {
    return this._deref(id);
  }
  push(value) {
    const next = this._allocator.aquire();
    this._values[next] = value;
    return next;
  }
  erase(start, end, weak) {
    this._allocator.next = start;
    this._erase(start, end, weak);
  }
  swap(a, b) {
    const values = this._values;
    const h = values[a];
    values[a] = values[b];
    values[b] = h;
  }
};
HandleStore.MIN_ID = 8;
var externalValue = /* @__PURE__ */ new WeakMap();
function isExternal(object) {
  return externalValue.has(object);
}
var External = (() => {
  function External2(value) {
    Object.setPrototypeOf(this, null);
    externalValue.set(this, value);
  }
  External2.prototype = null;
  return External2;
})();
function getExternalValue(external) {
  if (!isExternal(external)) {
    throw new TypeError("not external");
  }
  return externalValue.get(external);
}
var HandleScope = class _HandleScope extends Disposable {
  static create(parentScope, handleStore, start = parentScope?.end ?? 1, end = start) {
    return new _HandleScope(parentScope, handleStore, start, end);
  }
  constructor(parentScope, handleStore, start = parentScope?.end ?? 1, end = start) {
    super();
    this._escapeCalled = false;
    this.handleStore = handleStore;
    this.id = 0;
    this.parent = parentScope;
    this.child = null;
    if (parentScope !== null)
      parentScope.child = this;
    this.start = start;
    this.end = end;
    this.callbackInfo = {
      thiz: void 0,
      holder: void 0,
      data: 0,
      args: void 0,
      fn: void 0
    };
  }
  reuse(parentScope) {
    this.start = this.end = parentScope.end;
    this._escapeCalled = false;
  }
  add(value) {
    const h = this.handleStore.push(value);
    this.end = h + 1;
    return h;
  }
  addExternal(data) {
    return this.add(new External(data));
  }
  dispose() {
    const weak = this.callbackInfo.fn === void 0;
    if (!weak) {
      this.callbackInfo.data = 0;
      this.callbackInfo.args = void 0;
      this.callbackInfo.thiz = void 0;
      this.callbackInfo.holder = void 0;
      this.callbackInfo.fn = void 0;
    }
    if (this.start === this.end)
      return;
    this.handleStore.erase(this.start, this.end, weak);
  }
  escape(handle) {
    if (handle < this.start || handle >= this.end)
      return handle;
    if (this._escapeCalled)
      return 0;
    this._escapeCalled = true;
    const id = this.start;
    this.handleStore.swap(handle, id);
    this.start++;
    this.parent.end++;
    return id;
  }
  escapeCalled() {
    return this._escapeCalled;
  }
};
var ScopeStore = class extends BaseArrayStore {
  constructor() {
    super();
    this._rootScope = new HandleScope(null, null, 1, HandleStore.MIN_ID);
    this.currentScope = this._rootScope;
  }
  openScope(handleStore) {
    const currentScope = this.currentScope;
    let scope = currentScope.child;
    if (scope) {
      scope.reuse(currentScope);
    } else {
      scope = new HandleScope(currentScope, handleStore);
      const id = currentScope.id + 1;
      scope.id = id;
      this._values[id] = scope;
    }
    this.currentScope = scope;
    return scope;
  }
  closeScope() {
    const scope = this.currentScope;
    this.currentScope = scope.parent;
    scope.dispose();
  }
  isEmpty() {
    return this.currentScope === this._rootScope;
  }
};
var TryCatch = class _TryCatch {
  constructor(id) {
    this.id = 0;
    this._exception = void 0;
    this._caught = false;
    this._next = null;
    this.id = id;
    this._next = _TryCatch.top;
    _TryCatch.top = this;
    _TryCatch._map.set(id, this);
  }
  static deref(id) {
    return this._map.get(id);
  }
  static pop() {
    const top = _TryCatch.top;
    if (top) {
      _TryCatch._map.delete(top.id);
      _TryCatch.top = top._next;
      top._next = null;
      top.id = 0;
      top._exception = void 0;
      top._caught = false;
    }
  }
  isEmpty() {
    return !this._caught;
  }
  hasCaught() {
    return this._caught;
  }
  exception() {
    return this._exception;
  }
  rethrow(ctx) {
    if (this._caught) {
      const e = this.extractException();
      ctx.setLastException(e);
      return e;
    }
    return void 0;
  }
  setError(err) {
    this._caught = true;
    this._exception = err;
  }
  reset() {
    this._caught = false;
    this._exception = void 0;
  }
  extractException() {
    const e = this._exception;
    this.reset();
    return e;
  }
};
TryCatch.top = null;
TryCatch._map = /* @__PURE__ */ new Map();
var PropertyAttribute;
(function(PropertyAttribute2) {
  PropertyAttribute2[PropertyAttribute2["None"] = 0] = "None";
  PropertyAttribute2[PropertyAttribute2["ReadOnly"] = 1] = "ReadOnly";
  PropertyAttribute2[PropertyAttribute2["DontEnum"] = 2] = "DontEnum";
  PropertyAttribute2[PropertyAttribute2["DontDelete"] = 4] = "DontDelete";
})(PropertyAttribute || (PropertyAttribute = {}));
var Template = class _Template {
  constructor(ctx) {
    this._properties = /* @__PURE__ */ new Map();
    this.ctx = ctx;
  }
  set(name, value, attr) {
    this._properties.set(name, [value, attr]);
  }
  _addPropertiesToInstance(instance) {
    this._properties.forEach((property, name) => {
      const [v, attr] = property;
      if (v instanceof _Template) {
        if ("newInstance" in v) {
          Object.defineProperty(instance, name, {
            value: v.newInstance(6),
            writable: !(attr & 1),
            enumerable: !(attr & 2),
            configurable: !(attr & 4)
          });
        } else if ("getFunction" in v) {
          Object.defineProperty(instance, name, {
            value: v.getFunction(),
            writable: !(attr & 1),
            enumerable: !(attr & 2),
            configurable: !(attr & 4)
          });
        }
      } else {
        Object.defineProperty(instance, name, {
          value: v,
          writable: !(attr & 1),
          enumerable: !(attr & 2),
          configurable: !(attr & 4)
        });
      }
    });
  }
};
function findHolder(obj, target) {
  let value = obj;
  while (value != null) {
    const keys = Reflect.ownKeys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && (desc.value === target || desc.get === target || desc.set === target)) {
        return value;
      }
    }
    value = Object.getPrototypeOf(value);
  }
  return obj;
}
var internalField = /* @__PURE__ */ new WeakMap();
function getInternalFieldCount(instance) {
  return internalField.get(instance)?.length ?? 0;
}
function getInternalField(instance, index) {
  return internalField.get(instance)?.[index];
}
function setInternalField(instance, index, value) {
  let fields = internalField.get(instance);
  if (fields) {
    fields[index] = value;
  } else {
    fields = [];
    fields[index] = value;
    internalField.set(instance, fields);
  }
}
var ObjectTemplate = class extends Template {
  constructor(ctx, Ctor) {
    super(ctx);
    this.internalFieldCount = 0;
    this._accessors = /* @__PURE__ */ new Map();
    this._instances = /* @__PURE__ */ new WeakSet();
    this.Ctor = Ctor ?? Object;
  }
  setNativeDataProperty(name, getterWrap, setterWrap, getter, setter, data, attribute, getterSideEffectType, setterSideEffectType) {
    const config = this._createAccessorConfig(name, getterWrap, setterWrap, getter, setter, data, attribute, getterSideEffectType, setterSideEffectType);
    this._accessors.set(name, config);
  }
  setNativeDataPropertyOnInstance(instance, name, getterWrap, setterWrap, getter, setter, data, attribute, getterSideEffectType, setterSideEffectType) {
    const config = this._createAccessorConfig(name, getterWrap, setterWrap, getter, setter, data, attribute, getterSideEffectType, setterSideEffectType);
    this._instances.add(instance);
    this._defineAccessor(instance, config);
  }
  setInternalFieldCount(value) {
    this.internalFieldCount = value;
  }
  setNamedPropertyHandler(config) {
    this._namedPropertyHandler = config;
  }
  setIndexedPropertyHandler(config) {
    this._indexedPropertyHandler = config;
  }
  setCallAsFunctionHandler(config) {
    this._callAsFunctionHandler = config;
  }
  _createAccessorWrapper(type, config) {
    const { ctx } = this;
    const instances = this._instances;
    const resolveHolder = (receiver) => {
      let holder = receiver;
      while (holder != null && !instances.has(holder)) {
        holder = Object.getPrototypeOf(holder);
      }
      return holder || receiver;
    };
    function accessor(value) {
      if (type === "setter" && !instances.has(this)) {
        Object.defineProperty(this, config.name, {
          value,
          writable: !(config.attribute & 1),
          enumerable: !(config.attribute & 2),
          configurable: !(config.attribute & 4)
        });
        return void 0;
      }
      const scope = ctx.openScope();
      const callbackInfo = scope.callbackInfo;
      let returnValue;
      try {
        callbackInfo.data = config.data;
        callbackInfo.args = type === "getter" ? [] : [value];
        callbackInfo.thiz = this;
        callbackInfo.holder = resolveHolder(this);
        callbackInfo.fn = accessor;
        const ret = type === "getter" ? config.getterWrap(ctx.napiValueFromJsValue(config.name), ctx.getCurrentScope().id, config.getter) : config.setterWrap(ctx.napiValueFromJsValue(config.name), ctx.napiValueFromJsValue(value), ctx.getCurrentScope().id, config.setter);
        returnValue = ret ? ctx.jsValueFromNapiValue(ret) : void 0;
      } catch (err) {
        ctx.throwException(err);
      }
      ctx.closeScope(scope);
      if (ctx.hasPendingException()) {
        if (TryCatch.top) {
          TryCatch.top.setError(ctx.getAndClearLastException());
        } else {
          throw ctx.getAndClearLastException();
        }
      }
      return returnValue;
    }
    return accessor;
  }
  applyToInstance(instance) {
    this._instances.add(instance);
    const fields = Array(this.internalFieldCount);
    internalField.set(instance, fields);
    this._addPropertiesToInstance(instance);
    this._accessors.forEach((config) => this._defineAccessor(instance, config));
    if (this._namedPropertyHandler || this._indexedPropertyHandler) {
      const proxy = this._createPropertyHandlerProxy(instance);
      this._instances.add(proxy);
      internalField.set(proxy, fields);
      return proxy;
    }
    return instance;
  }
  _createPropertyHandlerProxy(target) {
    const { ctx } = this;
    const configuredHandler = this._namedPropertyHandler || this._indexedPropertyHandler;
    const resolveHandler = (property) => {
      const index = typeof property === "string" && /^(?:0|[1-9]\d*)$/.test(property) ? Number(property) : void 0;
      if (index !== void 0 && index <= 4294967295 - 1 && this._indexedPropertyHandler) {
        return { config: this._indexedPropertyHandler, index };
      }
      if (typeof property === "string" && this._namedPropertyHandler) {
        return { config: this._namedPropertyHandler };
      }
      return void 0;
    };
    const invoke = (config, property, receiver, holder, kind, value) => {
      const wrap = kind === "getter" ? config.getterWrap : kind === "setter" ? config.setterWrap : kind === "query" ? config.queryWrap : kind === "deleter" ? config.deleterWrap : config.enumeratorWrap;
      if (!wrap)
        return { intercepted: false, value: void 0 };
      const scope = ctx.openScope();
      const callbackInfo = scope.callbackInfo;
      const trap = function() {
      };
      callbackInfo.data = config.data;
      callbackInfo.args = kind === "setter" ? [value] : [];
      callbackInfo.thiz = receiver;
      callbackInfo.holder = holder;
      callbackInfo.fn = trap;
      let result = 0;
      try {
        const propertyValue = typeof property === "number" ? property : ctx.napiValueFromJsValue(property);
        if (kind === "getter") {
          result = wrap(propertyValue, scope.id, config.getter);
        } else if (kind === "setter") {
          result = wrap(propertyValue, ctx.napiValueFromJsValue(value), scope.id, config.setter);
        } else if (kind === "query") {
          result = wrap(propertyValue, scope.id, config.query);
        } else if (kind === "deleter") {
          result = wrap(propertyValue, scope.id, config.deleter);
        } else {
          result = wrap(scope.id, config.enumerator);
        }
      } catch (err) {
        ctx.throwException(err);
      }
      const returnValue = result ? ctx.jsValueFromNapiValue(result) : void 0;
      ctx.closeScope(scope);
      if (ctx.hasPendingException()) {
        if (TryCatch.top) {
          TryCatch.top.setError(ctx.getAndClearLastException());
        } else {
          throw ctx.getAndClearLastException();
        }
      }
      return {
        intercepted: Number(result) !== 0,
        value: returnValue
      };
    };
    const getOwnPropertyDescriptor = (_target, property) => {
      const handler = resolveHandler(property);
      if (!handler || !handler.config.queryWrap)
        return Reflect.getOwnPropertyDescriptor(target, property);
      const result = invoke(handler.config, handler.index === void 0 ? String(property) : handler.index, target, target, "query");
      if (!result.intercepted)
        return Reflect.getOwnPropertyDescriptor(target, property);
      if (result.value === void 0)
        return void 0;
      const attr = Number(result.value);
      return {
        value: Reflect.get(target, property, target),
        writable: !(attr & 1),
        enumerable: !(attr & 2),
        configurable: !(attr & 4)
      };
    };
    let proxy;
    const proxyHandler = {
      get(_target, property, receiver) {
        const handler = resolveHandler(property);
        if (!handler || !handler.config.getterWrap)
          return Reflect.get(target, property, receiver);
        const result = invoke(handler.config, handler.index === void 0 ? String(property) : handler.index, receiver, target, "getter");
        return result.intercepted ? result.value : Reflect.get(target, property, receiver);
      },
      set(_target, property, value, receiver) {
        const handler = resolveHandler(property);
        if (!handler || !handler.config.setterWrap)
          return Reflect.set(target, property, value, receiver);
        const result = invoke(handler.config, handler.index === void 0 ? String(property) : handler.index, receiver, target, "setter", value);
        return result.intercepted ? true : Reflect.set(target, property, value, receiver);
      },
      has(_target, property) {
        const handler = resolveHandler(property);
        if (!handler || !handler.config.queryWrap)
          return Reflect.has(target, property);
        const result = invoke(handler.config, handler.index === void 0 ? String(property) : handler.index, proxy, target, "query");
        return result.intercepted ? result.value !== void 0 : Reflect.has(target, property);
      },
      deleteProperty(_target, property) {
        const handler = resolveHandler(property);
        if (!handler || !handler.config.deleterWrap)
          return Reflect.deleteProperty(target, property);
        const result = invoke(handler.config, handler.index === void 0 ? String(property) : handler.index, proxy, target, "deleter");
        return result.intercepted ? Boolean(result.value) : Reflect.deleteProperty(target, property);
      },
      ownKeys(_target) {
        const handler = configuredHandler;
        if (!handler || !handler.enumeratorWrap)
          return Reflect.ownKeys(target);
        const result = invoke(handler, "", proxy, target, "enumerator");
        if (!Array.isArray(result.value))
          return Reflect.ownKeys(target);
        const keys = result.value.map((key) => typeof key === "number" ? String(key) : key);
        for (const key of Reflect.ownKeys(target)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
          if (descriptor && !descriptor.configurable && !keys.includes(key))
            keys.push(key);
        }
        return keys;
      },
      getOwnPropertyDescriptor,
      defineProperty(_target, property, descriptor) {
        return Reflect.defineProperty(target, property, descriptor);
      }
    };
    proxy = new Proxy(target, proxyHandler);
    return proxy;
  }
  _createAccessorConfig(name, getterWrap, setterWrap, getter, setter, data, attribute, getterSideEffectType, setterSideEffectType) {
    const config = {
      name,
      getterWrap,
      setterWrap,
      getter,
      setter,
      data,
      attribute,
      getterSideEffectType,
      setterSideEffectType,
      getterFunction: void 0,
      setterFunction: void 0
    };
    config.getterFunction = getter ? this._createAccessorWrapper("getter", config) : void 0;
    config.setterFunction = setter ? this._createAccessorWrapper("setter", config) : void 0;
    return config;
  }
  _defineAccessor(instance, config) {
    Object.defineProperty(instance, config.name, {
      get: config.getterFunction,
      set: config.setterFunction,
      enumerable: !(config.attribute & 2),
      configurable: !(config.attribute & 4)
    });
  }
  newInstance(_context) {
    const { ctx, Ctor } = this;
    let instance;
    if (this._callAsFunctionHandler) {
      const template = this;
      instance = function(...args) {
        const scope = ctx.openScope();
        const callbackInfo = scope.callbackInfo;
        callbackInfo.data = template._callAsFunctionHandler.data;
        callbackInfo.args = args;
        callbackInfo.thiz = this;
        callbackInfo.holder = this;
        callbackInfo.fn = instance;
        let ret = 0;
        try {
          ret = template._callAsFunctionHandler.callbackWrap(scope.id, template._callAsFunctionHandler.callback);
        } catch (err) {
          ctx.throwException(err);
        }
        const retNumber = typeof ret === "bigint" ? Number(ret) : ret;
        const returnValue = retNumber === 0 ? 0 : (() => {
          const value = ctx.jsValueFromNapiValue(ret);
          return value === void 0 && retNumber !== 1 && retNumber !== 2 ? retNumber >= 4294967296 || typeof ret === "bigint" ? Math.trunc(Number(ret) / 4294967296) : Number(ret) >> 1 : value;
        })();
        ctx.closeScope(scope);
        if (ctx.hasPendingException()) {
          throw ctx.getAndClearLastException();
        }
        return returnValue;
      };
    } else {
      try {
        instance = new Ctor();
      } catch (err) {
        ctx.throwException(err);
      }
    }
    this.applyToInstance(instance);
    return instance;
  }
};
var Signature = class {
  constructor(receiver) {
    this.receiver = receiver;
  }
};
var FunctionTemplate = class extends Template {
  constructor(ctx, callback, v8FunctionCallback, data, signature) {
    super(ctx);
    this.ctx = ctx;
    this.callback = callback;
    this.v8FunctionCallback = v8FunctionCallback;
    this.data = data;
    this.className = void 0;
    this.signature = signature;
    this.callHandler = void 0;
    this._cached = [void 0];
  }
  setCallHandler(config) {
    this.callHandler = config;
  }
  setClassName(name) {
    this.className = name;
  }
  instanceTemplate() {
    if (!this._instanceTemplate) {
      this._instanceTemplate = new ObjectTemplate(this.ctx);
    }
    return this._instanceTemplate;
  }
  prototypeTemplate() {
    if (!this._prototypeTemplate) {
      this._prototypeTemplate = new ObjectTemplate(this.ctx);
    }
    return this._prototypeTemplate;
  }
  getFunction() {
    if (this._cached[0]) {
      return this._cached[0];
    }
    const { ctx, callback, v8FunctionCallback, data, signature, _instanceTemplate } = this;
    const callHandler = this.callHandler;
    function _() {
      if (signature && signature.receiver) {
        const f = signature.receiver.getFunction();
        if (!(this instanceof f)) {
          throw new TypeError("Illegal invocation");
        }
      }
      const scope = ctx.openScope();
      const callbackInfo = scope.callbackInfo;
      let returnValue;
      try {
        const callbackThis = _instanceTemplate && this instanceof _ ? _instanceTemplate.applyToInstance(this) : this;
        callbackInfo.data = callHandler ? callHandler.data : data;
        callbackInfo.args = arguments;
        callbackInfo.thiz = callbackThis;
        callbackInfo.holder = signature ? callbackThis : findHolder(callbackThis, _) || callbackThis;
        callbackInfo.fn = _;
        const ret = callHandler ? callHandler.callbackWrap(ctx.getCurrentScope().id, callHandler.callback) : callback ? callback(ctx.getCurrentScope().id, v8FunctionCallback) : 0;
        if (callHandler) {
          const retNumber = typeof ret === "bigint" ? Number(ret) : ret;
          if (retNumber === 0) {
            returnValue = 0;
          } else {
            const value = ctx.jsValueFromNapiValue(ret);
            returnValue = value === void 0 && retNumber !== 1 && retNumber !== 2 ? retNumber >= 4294967296 || typeof ret === "bigint" ? Math.trunc(Number(ret) / 4294967296) : Number(ret) >> 1 : value;
          }
        } else {
          returnValue = ret ? ctx.jsValueFromNapiValue(ret) : void 0;
        }
      } catch (err) {
        if (err !== "unwind") {
          ctx.throwException(err);
        }
      } finally {
        ctx.closeScope(scope);
      }
      if (ctx.hasPendingException()) {
        if (TryCatch.top) {
          TryCatch.top.setError(ctx.getAndClearLastException());
        } else {
          throw ctx.getAndClearLastException();
        }
      }
      return returnValue;
    }
    if (typeof this.className === "string") {
      this.ctx.features.setFunctionName?.(_, this.className);
    }
    if (this._prototypeTemplate) {
      this._prototypeTemplate.applyToInstance(_.prototype);
    }
    this._addPropertiesToInstance(_);
    this._cached[0] = _;
    return _;
  }
};
var globalPrivateRegistry = /* @__PURE__ */ new Map();
var map = /* @__PURE__ */ new WeakMap();
var Private = class _Private {
  constructor(name) {
    this._name = name;
  }
  name() {
    return this._name;
  }
  static forApi(name) {
    let privateInstance = globalPrivateRegistry.get(name);
    if (!privateInstance) {
      privateInstance = new _Private(name);
      globalPrivateRegistry.set(name, privateInstance);
    }
    return privateInstance;
  }
};
function setPrivate(obj, key, value) {
  if (!(key instanceof Private)) {
    throw new TypeError("Expected key to be an instance of Private");
  }
  let m = map.get(key);
  if (!m) {
    m = /* @__PURE__ */ new WeakMap();
    map.set(key, m);
  }
  m.set(obj, value);
}
function getPrivate(obj, key) {
  if (!(key instanceof Private)) {
    throw new TypeError("Expected key to be an instance of Private");
  }
  const m = map.get(key);
  if (!m) {
    return void 0;
  }
  return m.get(obj);
}
function hasPrivate(obj, key) {
  if (!(key instanceof Private)) {
    throw new TypeError("Expected key to be an instance of Private");
  }
  const m = map.get(key);
  if (!m) {
    return false;
  }
  return m.has(obj);
}
function deletePrivate(obj, key) {
  if (!(key instanceof Private)) {
    throw new TypeError("Expected key to be an instance of Private");
  }
  const m = map.get(key);
  if (!m || !m.has(obj)) {
    return true;
  }
  return m.delete(obj);
}
var kMaxReasonableBytes = BigInt(1) << BigInt(60);
var kMinReasonableBytes = -kMaxReasonableBytes;
var ExternalMemory = class {
  constructor(onChange) {
    this.total = BigInt(0);
    this.onChange = onChange ?? null;
  }
  adjust(changeInBytes) {
    changeInBytes = BigInt(changeInBytes);
    if (!(kMinReasonableBytes <= changeInBytes && changeInBytes < kMaxReasonableBytes)) {
      throw new RangeError(`changeInBytes ${changeInBytes} is out of reasonable range`);
    }
    const old = this.total;
    this.total += changeInBytes;
    const amount = this.total;
    const onChange = this.onChange;
    if (changeInBytes) {
      onChange?.(amount, old, changeInBytes);
    }
    return amount;
  }
};
var Isolate = class {
  constructor(options) {
    this.features = detectFeatures(options?.features);
    this._globalThis = this.features.getGlobalThis();
    this._scopeStore = new ScopeStore();
    this._handleStore = new HandleStore(this.features);
    this.globalHandleStore = new PersistentStore();
    this._globalIdentityStore = new GlobalIdentityStore(this);
    this._lastException = new Persistent(this);
    this._externalMemory = new ExternalMemory(options?.onExternalMemoryChange);
  }
  napiValueFromJsValue(value) {
    switch (value) {
      case void 0:
        return 2;
      case null:
        return 3;
      case false:
        return 4;
      case true:
        return 5;
      case "":
        return 7;
      case this._globalThis:
        return 6;
      default:
        return this._scopeStore.currentScope.add(value);
    }
  }
  jsValueFromNapiValue(napiValue) {
    return this._handleStore.deepDeref(napiValue);
  }
  deleteRefSlotValue(id) {
    this._handleStore.refValues.delete(Number(id));
  }
  getRefSlotValue(id) {
    return this._handleStore.refValues.get(Number(id));
  }
  setRefSlotValue(id, ref) {
    this._handleStore.refValues.set(Number(id), ref);
  }
  createReference(...args) {
    return new Persistent(this, ...args);
  }
  insertRef(persistent) {
    this.globalHandleStore.insert(persistent);
  }
  getRef(ref) {
    return this.globalHandleStore.deref(ref);
  }
  acquireGlobalValueIdentity(value) {
    return this._globalIdentityStore.acquire(value);
  }
  retainGlobalValueIdentity(slot) {
    this._globalIdentityStore.retain(slot);
  }
  releaseGlobalValueIdentity(slot) {
    this._globalIdentityStore.release(slot);
  }
  removeRef(ref, force = false) {
    if (force || this._scopeStore.isEmpty()) {
      const persistent = this.globalHandleStore.deref(ref);
      persistent?.dispose();
    } else {
      this.globalHandleStore.markUnused(ref);
    }
  }
  getTryCatch(address) {
    return TryCatch.deref(address);
  }
  pushTryCatch(address) {
    const tryCatch = new TryCatch(address);
    return tryCatch;
  }
  popTryCatch(address) {
    if (address !== TryCatch.top?.id) {
      throw new Error("TryCatch mismatch");
    }
    return TryCatch.pop();
  }
  setLastException(err) {
    this._lastException.resetTo(err);
  }
  throwException(err) {
    if (TryCatch.top) {
      TryCatch.top.setError(err);
    } else {
      this.setLastException(err);
    }
    return err;
  }
  hasPendingException() {
    return !this._lastException.isEmpty();
  }
  getAndClearLastException() {
    const err = this._lastException.deref();
    this._lastException.reset();
    return err;
  }
  adjustAmountOfExternalAllocatedMemory(changeInBytes) {
    return this._externalMemory.adjust(changeInBytes);
  }
  createSignature(template) {
    return new Signature(template);
  }
  createObjectTemplate(constructor) {
    return new ObjectTemplate(this, constructor);
  }
  setInternalField(obj, index, value) {
    setInternalField(obj, index, value);
  }
  getInternalField(obj, index) {
    return getInternalField(obj, index);
  }
  getInternalFieldCount(obj) {
    return getInternalFieldCount(obj);
  }
  createFunctionTemplate(callback, v8FunctionCallback, data, signature) {
    const functionTemplate = new FunctionTemplate(this, callback, v8FunctionCallback, data, signature);
    return functionTemplate;
  }
  isScopeEmpty() {
    return this._scopeStore.isEmpty();
  }
  getCurrentScope() {
    return this._scopeStore.currentScope;
  }
  openScope() {
    return this._scopeStore.openScope(this._handleStore);
  }
  closeScope(_scope) {
    this._scopeStore.closeScope();
    if (this.isScopeEmpty()) {
      this.globalHandleStore.recycle();
    }
  }
  getHandleScope(scope) {
    return this._scopeStore.deref(scope);
  }
  getCallbackInfo(info) {
    return this._scopeStore.deref(info).callbackInfo;
  }
  createExternal(data) {
    return new External(data);
  }
  getExternalValue(external) {
    return getExternalValue(external);
  }
  isExternal(value) {
    return isExternal(value);
  }
  createResolver() {
    return this.features.withResolvers.call(Promise);
  }
  createPrivate(name) {
    return new Private(name);
  }
  getOrCreateGlobalPrivate(name) {
    return Private.forApi(name);
  }
  setPrivate(obj, key, value) {
    return setPrivate(obj, key, value);
  }
  getPrivate(obj, key) {
    return getPrivate(obj, key);
  }
  hasPrivate(obj, key) {
    return hasPrivate(obj, key);
  }
  deletePrivate(obj, key) {
    return deletePrivate(obj, key);
  }
};
var callbackWrapper = (envObject, callback) => {
  const napiValue = envObject.callIntoModule(callback);
  return !napiValue ? void 0 : envObject.ctx.jsValueFromNapiValue(napiValue);
};
var withScope = (envObject, thiz, args, data, getFunction, wrapper, callback) => {
  const scope = envObject.ctx.openScope(envObject);
  const callbackInfo = scope.callbackInfo;
  callbackInfo.data = data;
  callbackInfo.args = args;
  callbackInfo.thiz = thiz;
  callbackInfo.fn = getFunction;
  try {
    return wrapper(envObject, callback);
  } catch (e) {
    if (e !== "unwind") {
      throw e;
    }
  } finally {
    envObject.ctx.closeScope(envObject, scope);
  }
};
var CleanupHookCallback = class {
  constructor(envObject, fn, arg) {
    this.envObject = envObject;
    this.fn = fn;
    this.arg = arg;
  }
};
var CleanupQueue = class _CleanupQueue {
  constructor() {
    this._cleanupHooks = [];
  }
  empty() {
    return this._cleanupHooks.length === 0;
  }
  add(envObject, fn, arg) {
    if (this._cleanupHookIndex === void 0) {
      for (let i = 0; i < this._cleanupHooks.length; ++i) {
        const hook = this._cleanupHooks[i];
        if (hook.envObject === envObject && hook.fn === fn && hook.arg === arg) {
          throw new Error("Can not add same fn and arg twice");
        }
      }
      this._cleanupHooks.push(new CleanupHookCallback(envObject, fn, arg));
      if (this._cleanupHooks.length > _CleanupQueue.INDEX_THRESHOLD) {
        this._createIndex();
      }
      return;
    }
    let envHooks = this._cleanupHookIndex.get(envObject);
    if (envHooks === void 0) {
      envHooks = /* @__PURE__ */ new Map();
      this._cleanupHookIndex.set(envObject, envHooks);
    }
    let args = envHooks.get(fn);
    if (args === void 0) {
      args = /* @__PURE__ */ new Set();
      envHooks.set(fn, args);
    } else if (args.has(arg)) {
      throw new Error("Can not add same fn and arg twice");
    }
    args.add(arg);
    this._cleanupHooks.push(new CleanupHookCallback(envObject, fn, arg));
  }
  remove(envObject, fn, arg) {
    for (let i = 0; i < this._cleanupHooks.length; ++i) {
      const hook = this._cleanupHooks[i];
      if (hook.envObject === envObject && hook.fn === fn && hook.arg === arg) {
        this._cleanupHooks.splice(i, 1);
        this._deleteIndex(hook);
        return;
      }
    }
  }
  drain() {
    const hooks = this._cleanupHooks.slice();
    for (let i = hooks.length - 1; i >= 0; --i) {
      const cb = hooks[i];
      if (typeof cb.fn === "number") {
        cb.envObject.bridge.makeDynCall_vp(cb.fn)(cb.arg);
      } else {
        cb.fn(cb.arg);
      }
      const lastIndex = this._cleanupHooks.length - 1;
      if (this._cleanupHooks[lastIndex] === cb) {
        this._cleanupHooks.pop();
        this._deleteIndex(cb);
      } else {
        const index = this._cleanupHooks.lastIndexOf(cb);
        if (index !== -1) {
          this._cleanupHooks.splice(index, 1);
          this._deleteIndex(cb);
        }
      }
    }
    if (this._cleanupHooks.length === 0) {
      this._cleanupHookIndex = void 0;
    }
  }
  _createIndex() {
    const index = /* @__PURE__ */ new WeakMap();
    for (let i = 0; i < this._cleanupHooks.length; ++i) {
      const hook = this._cleanupHooks[i];
      let envHooks = index.get(hook.envObject);
      if (envHooks === void 0) {
        envHooks = /* @__PURE__ */ new Map();
        index.set(hook.envObject, envHooks);
      }
      let args = envHooks.get(hook.fn);
      if (args === void 0) {
        args = /* @__PURE__ */ new Set();
        envHooks.set(hook.fn, args);
      }
      args.add(hook.arg);
    }
    this._cleanupHookIndex = index;
  }
  _deleteIndex(hook) {
    if (this._cleanupHookIndex === void 0)
      return;
    const envHooks = this._cleanupHookIndex.get(hook.envObject);
    const args = envHooks.get(hook.fn);
    args.delete(hook.arg);
    if (args.size === 0)
      envHooks.delete(hook.fn);
    if (envHooks.size === 0)
      this._cleanupHookIndex.delete(hook.envObject);
  }
  dispose() {
    this._cleanupHooks.length = 0;
    this._cleanupHookIndex = void 0;
  }
};
CleanupQueue.INDEX_THRESHOLD = 16;
var NodejsWaitingRequestCounter = class {
  constructor(MessageChannel2) {
    this.refHandle = new MessageChannel2().port1;
    this.count = 0;
  }
  increase() {
    if (this.count === 0) {
      if (this.refHandle.ref) {
        this.refHandle.ref();
      }
    }
    this.count++;
  }
  decrease() {
    if (this.count === 0)
      return;
    if (this.count === 1) {
      if (this.refHandle.unref) {
        this.refHandle.unref();
      }
    }
    this.count--;
  }
};
var Context = class {
  constructor(options) {
    this._isStopping = false;
    this._canCallIntoJs = true;
    this._suppressDestroy = false;
    this.envStore = new ArrayStore();
    this.refStore = /* @__PURE__ */ new Map();
    this.isolate = new Isolate(options);
    this.features = this.isolate.features;
    this.cleanupQueue = new CleanupQueue();
    if (typeof process === "object" && process !== null && typeof process.once === "function" && this.features.MessageChannel) {
      this.refCounter = new NodejsWaitingRequestCounter(this.features.MessageChannel);
      process.once("beforeExit", () => {
        if (!this._suppressDestroy) {
          this.destroy();
        }
      });
    }
  }
  getIsolate() {
    return this.isolate;
  }
  suppressDestroy() {
    this._suppressDestroy = true;
  }
  getRuntimeVersions() {
    return {
      version,
      NODE_API_SUPPORTED_VERSION_MAX,
      NAPI_VERSION_EXPERIMENTAL,
      NODE_API_DEFAULT_MODULE_API_VERSION,
      NODE_MODULE_VERSION
    };
  }
  createNotSupportWeakRefError(api, message) {
    return new NotSupportWeakRefError(api, message);
  }
  createNotSupportBufferError(api, message) {
    return new NotSupportBufferError(api, message);
  }
  createReference(envObject, handle_id, initialRefcount, ownership) {
    return Reference.create(this, envObject, handle_id, initialRefcount, ownership);
  }
  createReferenceWithData(envObject, handle_id, initialRefcount, ownership, data) {
    return ReferenceWithData.create(this, envObject, handle_id, initialRefcount, ownership, data);
  }
  createReferenceWithFinalizer(envObject, handle_id, initialRefcount, ownership, finalize_callback = 0, finalize_data = 0, finalize_hint = 0) {
    return ReferenceWithFinalizer.create(this, envObject, handle_id, initialRefcount, ownership, finalize_callback, finalize_data, finalize_hint);
  }
  createResolver() {
    return this.isolate.createResolver();
  }
  adjustAmountOfExternalAllocatedMemory(changeInBytes) {
    return this.isolate.adjustAmountOfExternalAllocatedMemory(changeInBytes);
  }
  createEnv(filename, moduleApiVersion, bridge, nodeBinding) {
    moduleApiVersion = typeof moduleApiVersion !== "number" ? NODE_API_DEFAULT_MODULE_API_VERSION : moduleApiVersion;
    if (moduleApiVersion < NODE_API_DEFAULT_MODULE_API_VERSION) {
      moduleApiVersion = NODE_API_DEFAULT_MODULE_API_VERSION;
    } else if (moduleApiVersion > NODE_API_SUPPORTED_VERSION_MAX && moduleApiVersion !== NAPI_VERSION_EXPERIMENTAL) {
      const errorMessage = `${filename} requires Node-API version ${moduleApiVersion}, but this version of Node.js only supports version ${NODE_API_SUPPORTED_VERSION_MAX} add-ons.`;
      throw new Error(errorMessage);
    }
    const env = new NodeEnv(this, this.envStore, { ...bridge });
    env.filename = filename;
    env.moduleApiVersion = moduleApiVersion;
    env.nodeBinding = nodeBinding;
    this.addCleanupHook(env, () => {
      env.unref();
    }, 0);
    return env;
  }
  createFunction(envObject, napiCallback, data, name, dynamicExecution) {
    if (envObject.ctx !== this) {
      throw new Error(`The napi_env (${envObject.address}) is not created by this context`);
    }
    const callback = (envObject2) => {
      return napiCallback(envObject2.address, envObject2.ctx.getCurrentScope().id);
    };
    let _;
    const staticFunctionWrapper = (withScope2, envObject2, data2, callbackWrapper2, callback2) => {
      return function() {
        return withScope2(envObject2, this, arguments, data2, _, callbackWrapper2, callback2);
      };
    };
    let functionWrapper;
    if (name && dynamicExecution && this.features.makeDynamicFunction) {
      try {
        functionWrapper = this.features.makeDynamicFunction("withScope", "envObject", "data", "callbackWrapper", "callback", "return function " + name + "(){return withScope(envObject,this,arguments,data," + name + ",callbackWrapper,callback)};");
      } catch (_2) {
        functionWrapper = staticFunctionWrapper;
      }
    } else {
      functionWrapper = staticFunctionWrapper;
    }
    _ = functionWrapper(withScope, envObject, data, callbackWrapper, callback);
    if (functionWrapper === staticFunctionWrapper && this.features.setFunctionName && name) {
      this.features.setFunctionName(_, name);
    }
    return _;
  }
  createTrackedFinalizer(envObject, finalize_callback, finalize_data, finalize_hint) {
    return TrackedFinalizer.create(envObject, finalize_callback, finalize_data, finalize_hint);
  }
  getCurrentScope() {
    return this.isolate.getCurrentScope();
  }
  openScope(envObject) {
    const scope = this.isolate.openScope();
    envObject.openHandleScopes++;
    return scope;
  }
  closeScope(envObject, scope) {
    this.isolate.closeScope(scope);
    envObject.openHandleScopes--;
  }
  getEnv(env) {
    return this.envStore.deref(env);
  }
  getRef(ref) {
    return this.refStore.get(Number(ref));
  }
  getHandleScope(scope) {
    return this.isolate.getHandleScope(scope);
  }
  getCallbackInfo(info) {
    return this.isolate.getCallbackInfo(info);
  }
  napiValueFromJsValue(value) {
    return this.isolate.napiValueFromJsValue(value);
  }
  jsValueFromNapiValue(napiValue) {
    return this.isolate.jsValueFromNapiValue(napiValue);
  }
  createExternal(data) {
    return this.isolate.createExternal(data);
  }
  getExternalValue(external) {
    return this.isolate.getExternalValue(external);
  }
  isExternal(value) {
    return this.isolate.isExternal(value);
  }
  addCleanupHook(envObject, fn, arg) {
    this.cleanupQueue.add(envObject, fn, arg);
  }
  removeCleanupHook(envObject, fn, arg) {
    this.cleanupQueue.remove(envObject, fn, arg);
  }
  runCleanup() {
    while (!this.cleanupQueue.empty()) {
      this.cleanupQueue.drain();
    }
  }
  increaseWaitingRequestCounter() {
    this.refCounter?.increase();
  }
  decreaseWaitingRequestCounter() {
    this.refCounter?.decrease();
  }
  setCanCallIntoJs(value) {
    this._canCallIntoJs = value;
  }
  setStopping(value) {
    this._isStopping = value;
  }
  canCallIntoJs() {
    return this._canCallIntoJs && !this._isStopping;
  }
  getDylinkMetadata(binary) {
    return getDylinkMetadata(binary);
  }
  destroy() {
    this.setStopping(true);
    this.setCanCallIntoJs(false);
    this.runCleanup();
  }
};
function createContext(options) {
  return new Context(options);
}

// src/analysis/oxc.ts
var WASM_FILE = "parser.wasm32-wasi.wasm";
var wasm = globalThis.WebAssembly;
function wasmBytes() {
  try {
    return readFileSync(fileURLToPath(new URL(WASM_FILE, import.meta.url)));
  } catch {
    return readFileSync(createRequire(import.meta.url).resolve(`@oxc-parser/binding-wasm32-wasi/${WASM_FILE}`));
  }
}
function quietWasi() {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.startsWith("WASI is an experimental feature")) return;
    emitWarning.call(process, warning, ...rest);
  });
  try {
    return createRequire(import.meta.url)("node:wasi").WASI;
  } finally {
    process.emitWarning = emitWarning;
  }
}
function compileOxc() {
  return wasm.compile(wasmBytes());
}
function loadOxc(compiled) {
  const WASI = quietWasi();
  const wasi = new WASI({ version: "preview1", args: [], env: {}, preopens: {}, returnOnExit: true });
  const memory = new wasm.Memory({ initial: 4e3, maximum: 16384, shared: true });
  const { napiModule } = instantiateNapiModuleSync(compiled, {
    context: createContext(),
    asyncWorkPoolSize: 0,
    wasi,
    onCreateWorker() {
      throw new Error("the oxc parser asked for a thread; diffgate parses on the main thread only");
    },
    overwriteImports(imports) {
      imports.env = { ...imports.env, ...imports.napi, ...imports.emnapi, memory };
      return imports;
    },
    beforeInit({ instance }) {
      for (const name of Object.keys(instance.exports)) {
        if (name.startsWith("__napi_register__")) instance.exports[name]();
      }
    }
  });
  return napiModule.exports;
}
export {
  compileOxc,
  loadOxc
};
