//! The page's state as plain data: what each view holds, with nothing of the browser in it.
//!
//! The views keep their live copy in signals and hand it back here on every change; the link
//! table (`share::fields`) reads and writes this, so every field has one home.

pub mod choices;
pub mod deck;
pub mod digits;
pub mod lab;
pub mod train;
pub mod trained;

/// Keeps a long or hostile text from flooding a message.
pub fn clip(text: &str) -> String {
    const MAX: usize = 30;
    match text.char_indices().nth(MAX) {
        None => text.to_string(),
        Some((at, _)) => format!("{}…", &text[..at]),
    }
}

/// The views of the page, in the order the header shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Edit matrices and run every operation.
    #[default]
    Lab,
    /// Build and train small networks.
    Train,
    /// The two source lessons as guided walk-throughs.
    Lessons,
    /// Why GPUs: the same product on CPU and GPU.
    Gpu,
}

impl View {
    /// Every view, in header order.
    pub const ALL: [View; 4] = [View::Lab, View::Train, View::Lessons, View::Gpu];

    /// The name used in links (`view=lab`).
    pub fn name(self) -> &'static str {
        match self {
            View::Lab => "lab",
            View::Train => "train",
            View::Lessons => "lessons",
            View::Gpu => "gpu",
        }
    }

    /// The name a person reads in the header.
    pub fn label(self) -> &'static str {
        match self {
            View::Lab => "Matrix Lab",
            View::Train => "Train",
            View::Lessons => "Lessons",
            View::Gpu => "GPU",
        }
    }

    /// The view a link names, if it names one.
    pub fn from_name(name: &str) -> Option<View> {
        crate::math::named(&View::ALL, View::name, name)
    }
}

/// Where the page's f32 matrix products run: the GPU when the product is large enough to pay
/// for the trip (Auto), or always on one side, as the person picks in the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ProductsOn {
    /// The GPU from [`ProductsOn::AUTO_GPU_SIDE`]³ multiply-adds (or the crossover measured on
    /// this device), the CPU below.
    #[default]
    Auto,
    /// The GPU whenever there is one.
    Gpu,
    /// The CPU always.
    Cpu,
}

impl ProductsOn {
    /// Every choice, in the menu's order.
    pub const ALL: [ProductsOn; 3] = [ProductsOn::Auto, ProductsOn::Gpu, ProductsOn::Cpu];

    /// Until the GPU view's race has measured the crossover on this device, Auto sends a
    /// product of m·k·n multiply-adds to the GPU from this side's cube (256³). Below it the CPU
    /// is done first: `bench/matmul` measures the GPU's round trip (upload, dispatch, readback)
    /// at 0.24 ms natively and 2.6 ms in Chromium, while the CPU's f32 product runs 64³
    /// multiply-adds in about 0.02 ms, and the Lab's largest typed product is 64³.
    pub const AUTO_GPU_SIDE: usize = 256;

    /// The name used in links (`products=gpu`).
    pub fn name(self) -> &'static str {
        match self {
            ProductsOn::Auto => "auto",
            ProductsOn::Gpu => "gpu",
            ProductsOn::Cpu => "cpu",
        }
    }

    /// The name the status line's menu shows.
    pub fn label(self) -> &'static str {
        match self {
            ProductsOn::Auto => "Auto",
            ProductsOn::Gpu => "GPU",
            ProductsOn::Cpu => "CPU",
        }
    }

    /// The choice a link names, if it names one.
    pub fn from_name(name: &str) -> Option<ProductsOn> {
        crate::math::named(&ProductsOn::ALL, ProductsOn::name, name)
    }

    /// Whether a product of `multiply_adds` goes to the GPU, when there is one; Auto sends it
    /// from `auto_from` multiply-adds ([`ProductsOn::AUTO_GPU_SIDE`]³, or the crossover the GPU
    /// view measured on this device).
    pub fn wants_gpu(self, multiply_adds: usize, auto_from: usize) -> bool {
        match self {
            ProductsOn::Auto => multiply_adds >= auto_from,
            ProductsOn::Gpu => true,
            ProductsOn::Cpu => false,
        }
    }
}

/// Everything a link can carry: the view on screen and what every view holds, also the views
/// not on screen, so that a value the person set is never dropped from the link.
#[derive(Clone, Debug, PartialEq)]
pub struct PageState {
    /// The view on screen.
    pub view: View,
    /// The lesson step the page was opened from (`demystified.3`), or the deck's slide
    /// (`deck.2`), shown in the lesson bar.
    pub lesson: Option<String>,
    /// The teacher's deck, kept while the person goes from state to state.
    pub deck: Vec<deck::Slide>,
    /// Embedded in another page (`embed=1`): the view without the header, and a link out.
    pub embed: bool,
    /// Where matrix products run.
    pub products: ProductsOn,
    /// The Matrix Lab.
    pub lab: lab::LabFields,
    /// The Train view's controls, as typed.
    pub train: train::Draft,
}

impl Default for PageState {
    fn default() -> Self {
        PageState {
            view: View::default(),
            lesson: None,
            deck: Vec::new(),
            embed: false,
            products: ProductsOn::Auto,
            lab: lab::LabFields::default(),
            train: train::Draft::lesson(),
        }
    }
}

impl PageState {
    /// The state had the person set nothing beyond the dataset: picking a dataset picks the
    /// network and training that suit it, so those are the defaults of those fields.
    pub fn defaults(&self) -> PageState {
        let mut d = PageState::default();
        d.train.choose_data(self.train.data);
        d
    }
}
